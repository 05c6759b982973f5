import { Text } from "@medusajs/ui"
import { DataTable, EmptyNote, Stat, StatGrid, formatMoney, formatNumber, type Column } from "@finesse/core/admin-kit"
import type { Effect, MetricEffect } from "../hooks/pricing"

const interval = (m: MetricEffect, f: (v: number) => string) => `${f(m.ciLow)} … ${f(m.ciHigh)}`
const signed = (v: number, f: (v: number) => string) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${f(Math.abs(v))}`

/**
 * The effect of price changes per week: difference in differences against products of the same category that kept
 * their price (95 % bootstrap interval), for units, revenue and gross margin.
 */
export const EffectView = ({ effect, testId }: { effect: Effect | undefined; testId?: string }) => {
  if (!effect) return <EmptyNote>Measuring…</EmptyNote>
  const cur = effect.currency_code
  const money = (v: number) => formatMoney(Math.round(v), cur)
  const units = (v: number) => formatNumber(v, 1)
  if (!effect.total) {
    return (
      <EmptyNote title="No effect to show yet" testId={testId}>
        {effect.note ?? effect.skipped.map((s) => `${effect.titles[s.productId] ?? s.productId}: ${s.reason}`).join("; ") ?? "The changes need sales before and after them."}
      </EmptyNote>
    )
  }
  const t = effect.total
  type Row = Effect["products"][number]
  const columns: Column<Row>[] = [
    { key: "product", header: "Product", cell: (p) => <Text size="small">{effect.titles[p.productId] ?? p.productId}</Text> },
    { key: "units", header: "Units / week", align: "right", cell: (p) => `${signed(p.units.effect, units)} (${interval(p.units, units)})` },
    { key: "revenue", header: "Revenue / week", align: "right", cell: (p) => `${signed(p.revenue.effect, money)}` },
    { key: "margin", header: "Margin / week", align: "right", cell: (p) => `${signed(p.margin.effect, money)}` },
    { key: "controls", header: "Compared with", className: "whitespace-normal max-w-[280px]", cell: (p) => <Text size="xsmall">{p.controls.map((c) => effect.titles[c.productId] ?? c.productId).join(", ")}</Text> },
  ]
  return (
    <div className="flex flex-col divide-y" data-testid={testId}>
      <div className="px-6 py-4">
        <StatGrid>
          <Stat label="Units per week" value={signed(t.units.effect, units)} hint={`95 % ${interval(t.units, units)}`} help="Change in weekly units caused by the price change: treated after − before, minus the same for matched controls" />
          <Stat label="Revenue per week" value={signed(t.revenue.effect, money)} hint={`95 % ${interval(t.revenue, money)}`} />
          <Stat label="Gross margin per week" value={signed(t.margin.effect, money)} hint={`95 % ${interval(t.margin, money)}`} />
          <Stat label="Window" value={`${effect.pre_weeks} + ${effect.post_weeks} weeks`} hint={`${effect.products.length} product(s), ${effect.skipped.length} without enough data`} />
        </StatGrid>
      </div>
      <DataTable columns={columns} rows={effect.products.slice(0, 20)} rowKey={(p) => p.productId} />
      {effect.note && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-2">
          {effect.note}
        </Text>
      )}
    </div>
  )
}
