import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartTooltipBox, DataTable, EmptyNote, SectionCard, formatMoney, formatNumber, pointTooltip, usePagedList, type Column } from "@finesse/core/admin-kit"
import { usePriceIndex, type CategoryIndex, type ProductIndexRow } from "../hooks/pricing"

const colour = (ix: number | null) => (ix == null ? CHART.grey : ix > 105 ? CHART.red : ix < 95 ? CHART.green : CHART.primary)

/**
 * Price index by category: our price over the competitors' median fresh in-stock price × 100 (100 = at the market,
 * 110 = 10 % dearer), a revenue-weighted geometric mean of the products; and the products behind it.
 */
export const PriceIndexCard = () => {
  const page = usePagedList<{ category_id?: string }>(10)
  const { data, isLoading, error } = usePriceIndex(page.query)
  const cur = data?.price_index.currency_code ?? null
  const cats = (data?.price_index.categories ?? []).filter((c) => c.index != null).sort((a, b) => (b.index ?? 0) - (a.index ?? 0))
  const columns: Column<ProductIndexRow>[] = [
    { key: "product", header: "Product", cell: (p) => <Link to={`/products/${p.product_id}`} className="text-ui-fg-interactive txt-small">{p.title}</Link> },
    { key: "own", header: "Our price", align: "right", cell: (p) => formatMoney(p.own_price, cur) },
    { key: "market", header: "Market (median)", align: "right", cell: (p) => formatMoney(p.anchor_price, cur) },
    { key: "index", header: "Index", align: "right", cell: (p) => <Text size="small" style={{ color: colour(p.index) }}>{p.index == null ? "–" : formatNumber(p.index, 1)}</Text> },
    { key: "competitors", header: "Quotes", align: "right", cell: (p) => p.competitors },
  ]
  return (
    <SectionCard
      testId="pricing-price-index"
      title="Price index by category"
      subtitle={`Our price against competitors' median fresh in-stock price (last ${data?.price_index.max_age_days ?? 7} days) × 100; above 105 we are dearer (red), under 95 cheaper (green)`}
    >
      {error ? (
        <EmptyNote>Could not load the index.</EmptyNote>
      ) : !isLoading && !cats.length ? (
        <EmptyNote title="No price index yet">It needs competitor observations of matched products from the last week: add competitors and send prices (admin API, CSV import or a fetcher).</EmptyNote>
      ) : (
        <div className="px-3 pb-3 pt-4" data-testid="price-index-chart">
          <ResponsiveContainer width="100%" height={Math.max(140, 28 * cats.length + 40)}>
            <BarChart data={cats} layout="vertical" margin={{ left: 8, right: 24 }}>
              <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="3 3" />
              <XAxis type="number" domain={[(min: number) => Math.min(80, Math.floor(min / 5) * 5), (max: number) => Math.max(120, Math.ceil(max / 5) * 5)]} tick={AXIS_TICK} />
              <YAxis type="category" dataKey="name" width={160} tick={AXIS_TICK} />
              <ReferenceLine x={100} stroke={CHART.axis} strokeDasharray="4 4" />
              <Tooltip
                cursor={{ fill: CHART.cursor }}
                content={pointTooltip<CategoryIndex>((c) => (
                  <ChartTooltipBox
                    title={c.name}
                    rows={[
                      { label: "Index", value: formatNumber(c.index, 1) },
                      { label: "Products with quotes", value: `${c.covered} of ${c.products}` },
                      { label: "Dearer / cheaper than 5 %", value: `${c.above} / ${c.below}` },
                    ]}
                  />
                ))}
              />
              <Bar dataKey="index" radius={[0, 3, 3, 0]}>
                {cats.map((c) => (
                  <Cell key={c.categoryId} fill={colour(c.index)} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      <DataTable columns={columns} rows={data?.products} isLoading={isLoading} pager={page.pager(data?.count)} rowKey={(p) => p.product_id} rowTestId="price-index-product" empty="No product with fresh competitor quotes." />
    </SectionCard>
  )
}
