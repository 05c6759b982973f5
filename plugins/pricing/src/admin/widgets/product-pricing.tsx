import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { useState } from "react"
import { ChartSkeleton, ErrorNote, OptionSelect, SectionCard, Stat, StatGrid, formatDateTime, formatMoney, formatNumber } from "@finesse/core/admin-kit"
import { ElasticityFigure } from "../components/elasticity-figure"
import { PriceHistoryChart } from "../components/price-history-chart"
import { useProductPricing } from "../hooks/pricing"

/** The product page's pricing: price history (ours, cost, competitors), margin, price index, elasticity, latest changes. */
const ProductPricingWidget = ({ data }: DetailWidgetProps<AdminProduct>) => {
  const [variantId, setVariantId] = useState<string | undefined>()
  const q = useProductPricing(data.id, { variant_id: variantId, days: 90 })
  const v = q.data
  if (q.isLoading) return <ChartSkeleton height={240} />
  if (q.isError) return <SectionCard title="Pricing" testId="product-pricing-widget"><ErrorNote error={q.error} /></SectionCard>
  if (!v) return null
  const cur = v.currency_code
  const margin = v.price && v.cost != null ? (v.price - v.cost) / v.price : null
  return (
    <SectionCard
      testId="product-pricing-widget"
      title="Pricing"
      subtitle={`Last 90 days in ${cur?.toUpperCase() ?? "–"}${v.from_price_list ? " · the price comes from the Finesse price list" : ""}`}
      actions={
        v.variants.length > 1 && (
          <OptionSelect value={v.variant_id ?? ""} onChange={setVariantId} options={v.variants.map((x) => ({ value: x.id, label: x.title ?? x.sku ?? x.id }))} className="w-[200px]" ariaLabel="Variant" />
        )
      }
    >
      <div className="px-6 py-4">
        <StatGrid>
          <Stat label="Price" value={formatMoney(v.price, cur)} valueTestId="product-pricing-price" />
          <Stat label="Unit cost" value={formatMoney(v.cost, cur)} hint={margin == null ? "no cost recorded" : `margin ${formatNumber(margin * 100, 1)} %`} />
          <Stat
            label="Price index"
            help="Our price over the competitors' median fresh in-stock price × 100"
            value={v.index?.index == null ? "–" : formatNumber(v.index.index, 1)}
            hint={v.index?.anchorPrice ? `market ${formatMoney(v.index.anchorPrice, cur)} · ${v.index.competitors} quote(s)` : "no fresh competitor quote"}
          />
          <ElasticityFigure e={v.elasticity} category={v.category_elasticity} />
        </StatGrid>
      </div>
      <div className="px-3 pb-3 pt-3">
        <PriceHistoryChart view={v} />
      </div>
      {(v.changes.length > 0 || v.alerts.length > 0) && (
        <div className="flex flex-col gap-y-1 px-6 py-3">
          {v.alerts.map((a) => (
            <Text key={a.id} size="xsmall" className={a.severity === "critical" ? "text-ui-tag-red-text" : "text-ui-tag-orange-text"} data-testid="product-pricing-alert">
              {a.message}
            </Text>
          ))}
          {v.changes.map((c) => (
            <Text key={c.id} size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(c.applied_at)}: {formatMoney(c.old_price, cur)} → {formatMoney(c.new_price, cur)}
              {c.status === "rolled_back" ? ` (rolled back ${formatDateTime(c.rolled_back_at)})` : ""}
            </Text>
          ))}
        </div>
      )}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductPricingWidget
