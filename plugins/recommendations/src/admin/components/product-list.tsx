import { Badge, Text } from "@medusajs/ui"
import type { RecommendedProduct } from "../hooks/recommendations"
import { formatMajor } from "@finesse/core/admin-kit"

const REASON: Record<string, string> = {
  boughtTogether: "bought together",
  similar: "co-purchase/co-view",
  content: "similar content",
  collaborative: "collaborative",
  forYou: "for you",
  buyAgain: "buy again",
  trending: "trending",
  segment: "segment",
  pinned: "pinned",
}

/** A recommended list: rank, title, price in the list's currency, stock and why it is there. */
export const ProductList = ({ products, compact = false, testId }: { products: RecommendedProduct[]; compact?: boolean; testId?: string }) => {
  if (!products.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Nothing to recommend here yet.
      </Text>
    )
  }
  return (
    <ol className="divide-y" data-testid={testId}>
      {products.map((p) => (
        <li key={p.id} className="flex items-center gap-x-3 px-6 py-2" data-testid="recommended-product" data-product-id={p.id}>
          <Text size="xsmall" className="text-ui-fg-muted w-5 tabular-nums">
            {p.rank}
          </Text>
          <div className="flex min-w-0 flex-1 flex-col">
            <a href={`/app/products/${p.id}`} className="truncate">
              <Text size="small" weight="plus" className="truncate">
                {p.title}
              </Text>
            </a>
            {!compact && (
              <Text size="xsmall" className="text-ui-fg-subtle truncate">
                {p.variant.title ?? ""}
                {p.variant.inventory_quantity != null ? ` · ${p.variant.inventory_quantity} in stock` : ""}
              </Text>
            )}
          </div>
          {!compact && (
            <div className="hidden gap-x-1 md:flex">
              {p.reasons.map((r) => (
                <Badge key={r} size="2xsmall" color={r === "pinned" ? "orange" : r === "trending" ? "grey" : "blue"}>
                  {REASON[r] ?? r}
                </Badge>
              ))}
            </div>
          )}
          <Text size="small" className="tabular-nums">
            {formatMajor(p.calculated_price.calculated_amount, p.calculated_price.currency_code)}
          </Text>
        </li>
      ))}
    </ol>
  )
}
