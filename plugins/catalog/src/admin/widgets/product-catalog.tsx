import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { EmptyNote, SectionCard, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import { ForecastChart } from "../components/forecast-chart"
import { useProductCatalog } from "../hooks/catalog"

const tone = (score: number) => (score >= 90 ? "green" : score >= 70 ? "orange" : "red")

/** The product's catalogue quality score with what to fix, and its variants' demand forecast with intervals. */
const ProductCatalogWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const { data, isLoading } = useProductCatalog(product.id)
  const p = data?.product
  const q = p?.quality
  const unmet = q?.results.filter((r) => r.score < 1) ?? []
  const variants = p?.forecast?.variants ?? []
  const top = [...variants].sort((a, b) => b.horizon_units - a.horizon_units)[0]
  const risky = p?.replenishment.filter((r) => r.reorder) ?? []
  return (
    <SectionCard
      testId="product-catalog-widget"
      title="Catalog quality and demand"
      actions={
        q && (
          <Badge size="2xsmall" color={tone(q.score)} data-testid="widget-quality-score">
            {formatNumber(q.score, 1)} / 100
          </Badge>
        )
      }
    >
      {isLoading && <EmptyNote>Loading…</EmptyNote>}
      {!isLoading && !q && <EmptyNote>No quality score yet: the catalogue is scored nightly and shortly after a product changes.</EmptyNote>}
      {q && (
        <div className="flex flex-col gap-y-1 px-6 py-3" data-testid="widget-quality-rules">
          {unmet.length === 0 ? (
            <Text size="small">Meets every quality rule{q.percentile !== null ? ` (better than ${formatPercent(q.percentile, 0)} of the catalogue)` : ""}.</Text>
          ) : (
            unmet.map((r) => (
              <div key={r.code} className="flex flex-col">
                <Text size="small" weight="plus">
                  {r.label}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {r.message} → {r.fix}
                </Text>
              </div>
            ))
          )}
        </div>
      )}
      {p && (
        <div className="flex flex-col gap-y-2 px-6 py-3" data-testid="widget-forecast">
          <Text size="small" weight="plus">
            {top ? `Forecast, next ${p.forecast?.horizon} weeks: ${formatNumber(variants.reduce((a, v) => a + v.horizon_units, 0), 1)} units` : "No forecast: the product has not sold in the forecast's history."}
          </Text>
          {top && (
            <>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {top.title ?? top.sku}: {top.methods.join(" · ")}
              </Text>
              <ForecastChart variantId={top.variant_id} compact />
            </>
          )}
          {risky.length > 0 && (
            <Text size="xsmall" className="text-ui-fg-error" data-testid="widget-reorder">
              Reorder {risky.map((r) => `${formatNumber(r.suggested_qty)} × ${r.sku ?? r.title} at ${r.location_name ?? r.location_id} (risk ${formatPercent(r.stockout_risk, 0)})`).join("; ")} · <Link to="/finesse/supply" className="text-ui-fg-interactive">Supply</Link>
            </Text>
          )}
        </div>
      )}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.before" })

export default ProductCatalogWidget
