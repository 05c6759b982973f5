import { CurrencyDollar, ShoppingCart } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { CostImportDrawer } from "../costs/cost-import-drawer"
import { formatRange } from "./filters"

/** No orders in the range: say so, and offer a wider range or dropping the filters. */
export const NoOrders = ({
  from,
  to,
  filtered,
  onWiden,
  onClearFilters,
}: {
  from: string
  to: string
  filtered: boolean
  onWiden?: () => void
  onClearFilters: () => void
}) => (
  <Container className="flex items-start gap-x-4 px-6 py-5" data-testid="empty-no-orders">
    <ShoppingCart className="text-ui-fg-muted mt-0.5 shrink-0" />
    <div className="flex flex-col gap-y-3">
      <div>
        <Heading level="h2">No orders in {formatRange(from, to)}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {filtered
            ? "Nothing was sold in this range with these filters. Try a wider range, or remove a filter."
            : "Nothing was sold in this range. Try a wider range; orders from any sales channel count as soon as they are placed."}
        </Text>
      </div>
      <div className="flex gap-x-2">
        {onWiden && (
          <Button size="small" variant="secondary" onClick={onWiden}>
            Show the last 12 months
          </Button>
        )}
        {filtered && (
          <Button size="small" variant="transparent" onClick={onClearFilters}>
            Clear filters
          </Button>
        )}
      </div>
    </div>
  </Container>
)

/** No storefront events: sessions, conversion and the funnel stay empty, orders still count. */
export const NoEventsText = () => (
  <>
    Sessions, conversion and the funnel come from storefront behaviour events. Your storefront sends them to{" "}
    <code className="txt-compact-xsmall bg-ui-bg-subtle border-ui-border-base rounded border px-1 py-0.5">
      POST /store/finesse/events
    </code>{" "}
    with its publishable key; the <span className="text-ui-fg-base font-medium">@finesse/core</span> storefront client
    does it for you. Orders, revenue and customers count without them.
  </>
)

/** No unit costs: margins show "–"; say where costs come from. */
export const NoCosts = () => (
  <Container className="flex items-start justify-between gap-x-4 px-6 py-4" data-testid="empty-no-costs">
    <div className="flex items-start gap-x-4">
      <CurrencyDollar className="text-ui-fg-muted mt-0.5 shrink-0" />
      <div className="flex flex-col gap-y-1">
        <Text size="small" weight="plus">
          Gross margin needs unit costs
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          None of the items sold in this range has a unit cost, so margin shows “–”. Set costs in the Unit costs
          section of a product's page, or import them for many variants at once from a CSV (sku, currency_code,
          cost). Past orders are re-costed automatically.
        </Text>
      </div>
    </div>
    <CostImportDrawer
      trigger={
        <Button size="small" variant="secondary" className="shrink-0">
          Import costs
        </Button>
      }
    />
  </Container>
)
