import { Line, LineChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartLegend, ChartTooltipBox, EmptyNote, currencyDigits, formatDate, formatMoney, pointTooltip, type LegendItem } from "@finesse/core/admin-kit"
import type { ProductPricing } from "../hooks/pricing"

const PALETTE = [CHART.orange, CHART.secondary, CHART.red, CHART.blue, CHART.green]
export const HISTORY_HEIGHT = 240

/** Our price, the unit cost and each competitor's observed price per day (a gap while a competitor is out of stock). */
export const PriceHistoryChart = ({ view }: { view: ProductPricing }) => {
  const cur = view.currency_code
  const scale = 10 ** currencyDigits(cur ?? "eur")
  const competitors = view.competitors.map((c, i) => ({ ...c, color: PALETTE[i % PALETTE.length] }))
  if (!view.series.some((d) => d.own != null) && !competitors.length) return <EmptyNote height={HISTORY_HEIGHT}>No price for this variant in {cur?.toUpperCase()} yet.</EmptyNote>
  const data = view.series.map((d) => {
    const row: Record<string, number | string | null> = { day: d.day, own: d.own == null ? null : (d.own as number) / scale, cost: d.cost == null ? null : (d.cost as number) / scale }
    for (const c of competitors) row[c.id] = d[c.id] == null ? null : (d[c.id] as number) / scale
    return row
  })
  const legend: LegendItem[] = [{ label: "Our price", color: CHART.primary }, { label: "Unit cost", color: CHART.grey, dashed: true }, ...competitors.map((c) => ({ label: c.name, color: c.color }))]
  return (
    <div data-testid="price-history-chart">
      <div className="flex justify-end px-3 pb-2">
        <ChartLegend items={legend} />
      </div>
      <ResponsiveContainer width="100%" height={HISTORY_HEIGHT}>
        <LineChart data={data} margin={{ left: 4, right: 12, top: 4 }}>
          <CartesianGrid vertical={false} stroke={CHART.grid} strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={(d: string) => formatDate(d).replace(/,? \d{4}$/, "")} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART.grid }} minTickGap={32} />
          <YAxis tick={AXIS_TICK} tickLine={false} axisLine={false} width={56} domain={["auto", "auto"]} tickFormatter={(v: number) => formatMoney(Math.round(v * scale), cur).replace(/[.,]00$/, "")} />
          <Tooltip
            content={pointTooltip<Record<string, number | string | null>>((p) => (
              <ChartTooltipBox
                title={formatDate(String(p.day))}
                rows={[
                  { label: "Our price", value: p.own == null ? "–" : formatMoney(Math.round((p.own as number) * scale), cur), color: CHART.primary },
                  { label: "Unit cost", value: p.cost == null ? "–" : formatMoney(Math.round((p.cost as number) * scale), cur), color: CHART.grey },
                  ...competitors.map((c) => ({ label: c.name, value: p[c.id] == null ? "out of stock / not seen" : formatMoney(Math.round((p[c.id] as number) * scale), cur), color: c.color })),
                ]}
              />
            ))}
          />
          <Line type="stepAfter" dataKey="own" stroke={CHART.primary} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
          <Line type="stepAfter" dataKey="cost" stroke={CHART.grey} strokeDasharray="4 4" dot={false} isAnimationActive={false} />
          {competitors.map((c) => (
            <Line key={c.id} type="stepAfter" dataKey={c.id} stroke={c.color} strokeWidth={1.5} dot={false} isAnimationActive={false} connectNulls={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}
