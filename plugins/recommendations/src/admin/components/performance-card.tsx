import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { DataTable, OptionSelect, SectionCard, formatMoneyByCurrency, formatNumber, formatPercent, runWithToast, type Column } from "@finesse/core/admin-kit"
import { usePerformance, useRefreshFeedback, type PerformanceRow } from "../hooks/recommendations"

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)

const GROUPS = [
  { value: "placement", label: "By placement", column: "Placement" },
  { value: "strategy", label: "By strategy", column: "Strategy" },
  { value: "model_version", label: "By model version", column: "Model version" },
]

const columns = (groupBy: string): Column<PerformanceRow>[] => [
  {
    key: "key",
    header: GROUPS.find((g) => g.value === groupBy)?.column ?? "Placement",
    cell: (r) => (groupBy === "model_version" ? `v${r.key}` : r.key),
  },
  { key: "impressions", header: "Impressions", align: "right", cell: (r) => formatNumber(r.impressions) },
  { key: "clicks", header: "Clicks", align: "right", cell: (r) => formatNumber(r.clicks) },
  { key: "ctr", header: "CTR", align: "right", cell: (r) => formatPercent(r.ctr) },
  { key: "carts", header: "Add to cart", align: "right", cell: (r) => formatNumber(r.add_to_carts) },
  { key: "orders", header: "Orders", align: "right", cell: (r) => formatNumber(r.orders) },
  { key: "conversion", header: "Conversion", align: "right", cell: (r) => formatPercent(r.conversion_rate) },
  { key: "revenue", header: "Revenue", align: "right", cell: (r) => formatMoneyByCurrency(r.revenue) },
]

/** What works: impressions, clicks, CTR, attributed add-to-carts, orders and revenue by placement, strategy or model. */
export const PerformanceCard = () => {
  const [from, setFrom] = useState(day(-29))
  const [to, setTo] = useState(day(0))
  const [groupBy, setGroupBy] = useState("placement")
  const { data, error } = usePerformance({ from, to, group_by: groupBy })
  const refresh = useRefreshFeedback()
  const p = data?.performance
  const maxDay = Math.max(1, ...(p?.series ?? []).map((d) => d.impressions))
  return (
    <SectionCard
      testId="performance"
      title="Performance"
      subtitle={`Conversions are credited to the last recommendation click within ${p?.attribution_window_hours ?? "…"} h`}
      actions={
        <>
          <Input size="small" type="date" aria-label="From" value={from} onChange={(e) => setFrom(e.target.value)} className="w-[150px]" />
          <Input size="small" type="date" aria-label="To" value={to} onChange={(e) => setTo(e.target.value)} className="w-[150px]" />
          <OptionSelect ariaLabel="Group by" value={groupBy} onChange={setGroupBy} options={GROUPS} className="w-[160px]" />
          <Button
            size="small"
            variant="secondary"
            isLoading={refresh.isPending}
            onClick={() => runWithToast(() => refresh.mutateAsync(undefined as never), "Reading new impressions, clicks and orders")}
          >
            Refresh figures
          </Button>
        </>
      }
    >
      {p && p.series.length > 0 && (
        <div className="flex h-20 items-end gap-px px-6 py-3" aria-label="impressions per day">
          {p.series.map((d) => (
            <div
              key={d.day}
              title={`${d.day}: ${d.impressions} impressions, ${d.clicks} clicks, ${d.orders} orders`}
              className="bg-ui-tag-blue-icon flex-1 rounded-t opacity-70"
              style={{ height: `${Math.max(2, (56 * d.impressions) / maxDay)}px` }}
            />
          ))}
        </div>
      )}
      <DataTable
        columns={columns(groupBy)}
        error={error}
        rows={p?.rows}
        rowKey={(r) => r.key}
        rowTestId="performance-row"
        rowProps={(r) => ({ "data-key": r.key })}
        empty="No recommendation impressions yet. The storefront sends recommendation_shown and recommendation_clicked events with the recommendation id."
      />
    </SectionCard>
  )
}
