import type { ReactNode } from "react"
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts"
import type { KpiInterval, KpiReport } from "../../hooks/kpis"
import {
  AXIS_TICK,
  CHART,
  ChartCard,
  ChartTooltipBox,
  EmptyNote,
  currencyDigits,
  formatCompact,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  pointTooltip,
} from "../../../admin-kit"
import { formatBucket } from "./filters"

/** The plot height of every series chart, kept by its empty note too. */
export const CHART_HEIGHT = 260

const xAxis = (interval: KpiInterval, count: number) => (
  <XAxis
    dataKey="bucket"
    tickFormatter={(b: string) => formatBucket(b, interval)}
    tick={AXIS_TICK}
    tickLine={false}
    axisLine={{ stroke: CHART.grid }}
    minTickGap={24}
    interval="preserveStartEnd"
    padding={count > 20 ? undefined : { left: 8, right: 8 }}
  />
)

/** Round percent ticks from 0 to just above `max` (a share): steps of 5, 10 or 20 points. */
function percentTicks(max: number): number[] {
  const step = max <= 0.2 ? 0.05 : max <= 0.5 ? 0.1 : 0.2
  const top = Math.min(1, Math.max(step, Math.ceil(max / step - 1e-9) * step))
  return Array.from({ length: Math.round(top / step) + 1 }, (_, i) => Math.round(i * step * 100) / 100)
}

const grid = <CartesianGrid vertical={false} stroke={CHART.grid} strokeDasharray="3 3" />

export const RevenueChart = ({ report }: { report: KpiReport }) => {
  const cur = report.currency_code
  const interval = report.range.interval
  // plotted in major units so the axis picks round amounts (€500, not €550); tooltips format the minor units
  const scale = 10 ** currencyDigits(cur)
  const data = report.series.map((p) => ({ ...p, gmv_major: p.gmv / scale, net_major: p.net_revenue / scale }))
  return (
    <ChartCard
      title="Revenue"
      subtitle={`GMV and net revenue per ${interval}, ${cur.toUpperCase()}`}
      legend={[
        { label: "GMV", color: CHART.primary },
        { label: "Net revenue", color: CHART.green, dashed: true },
      ]}
      testId="chart-revenue"
    >
      {report.series.every((p) => !p.gmv && !p.net_revenue) ? (
        <EmptyNote height={CHART_HEIGHT} title="No revenue in this range">
          Revenue appears here per {interval} as orders are placed.
        </EmptyNote>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <AreaChart data={data} margin={{ top: 4, right: 12, bottom: 0, left: 4 }}>
            <defs>
              <linearGradient id="finesse-gmv-fill" x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={CHART.primary} stopOpacity={0.22} />
                <stop offset="100%" stopColor={CHART.primary} stopOpacity={0.02} />
              </linearGradient>
            </defs>
            {grid}
            {xAxis(interval, report.series.length)}
            <YAxis
              tickFormatter={(v: number) => formatMoneyCompact(Math.round(v * scale), cur)}
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={false}
              width={64}
            />
            <Tooltip
              cursor={{ stroke: CHART.axis, strokeDasharray: "3 3" }}
              content={pointTooltip<KpiReport["series"][number]>((p) => (
                <ChartTooltipBox
                  title={formatBucket(p.bucket, interval, true)}
                  rows={[
                    { label: "GMV", value: formatMoney(p.gmv, cur), color: CHART.primary },
                    { label: "Net revenue", value: formatMoney(p.net_revenue, cur), color: CHART.green },
                    { label: "Orders", value: formatNumber(p.orders), color: "transparent" },
                    { label: "AOV", value: p.aov == null ? "–" : formatMoney(p.aov, cur), color: "transparent" },
                  ]}
                />
              ))}
            />
            <Area
              type="monotone"
              dataKey="net_major"
              name="Net revenue"
              stroke={CHART.green}
              strokeWidth={2}
              strokeDasharray="5 4"
              fill="none"
              isAnimationActive={false}
            />
            {/* GMV last, on top: where there are no refunds the two lines coincide and the legend's blue shows */}
            <Area type="monotone" dataKey="gmv_major" name="GMV" stroke={CHART.primary} strokeWidth={2} fill="url(#finesse-gmv-fill)" isAnimationActive={false} />
          </AreaChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  )
}

export const OrdersChart = ({ report }: { report: KpiReport }) => {
  const interval = report.range.interval
  return (
    <ChartCard
      title="Orders"
      subtitle={`First orders of new customers and repeat orders per ${interval}`}
      legend={[
        { label: "First orders", color: CHART.primary, kind: "box" },
        { label: "Repeat orders", color: CHART.secondary, kind: "box" },
      ]}
      testId="chart-orders"
    >
      {report.series.every((p) => !p.orders) ? (
        <EmptyNote height={CHART_HEIGHT} title="No orders in this range">
          Orders appear here per {interval}, split into first and repeat orders.
        </EmptyNote>
      ) : (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <BarChart data={report.series} margin={{ top: 4, right: 12, bottom: 0, left: 4 }} barCategoryGap="20%">
            {grid}
            {xAxis(interval, report.series.length)}
            <YAxis allowDecimals={false} tickFormatter={formatCompact} tick={AXIS_TICK} tickLine={false} axisLine={false} width={40} />
            <Tooltip
              cursor={{ fill: CHART.cursor }}
              content={pointTooltip<KpiReport["series"][number]>((p) => (
                <ChartTooltipBox
                  title={formatBucket(p.bucket, interval, true)}
                  rows={[
                    { label: "First orders", value: formatNumber(p.first_orders), color: CHART.primary },
                    { label: "Repeat orders", value: formatNumber(p.repeat_orders), color: CHART.secondary },
                    { label: "All orders", value: formatNumber(p.orders), color: "transparent" },
                    { label: "Units", value: formatNumber(p.units), color: "transparent" },
                  ]}
                />
              ))}
            />
            <Bar dataKey="first_orders" stackId="orders" fill={CHART.primary} isAnimationActive={false} />
            <Bar dataKey="repeat_orders" stackId="orders" fill={CHART.secondary} radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  )
}

export const TrafficChart = ({ report, empty, note }: { report: KpiReport; empty?: ReactNode; note?: string }) => {
  const interval = report.range.interval
  const rateTicks = percentTicks(Math.max(0, ...report.series.map((p) => p.conversion_rate ?? 0)))
  return (
    <ChartCard
      title="Sessions and conversion"
      subtitle={`Storefront sessions and the share with an order, per ${interval}${note ? `. ${note}` : ""}`}
      legend={[
        { label: "Sessions", color: CHART.primary, kind: "box" },
        { label: "Conversion rate", color: CHART.orange },
      ]}
      testId="chart-traffic"
    >
      {empty ?? (
        <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
          <ComposedChart data={report.series} margin={{ top: 4, right: 4, bottom: 0, left: 4 }} barCategoryGap="20%">
            {grid}
            {xAxis(interval, report.series.length)}
            <YAxis yAxisId="sessions" allowDecimals={false} tickFormatter={formatCompact} tick={AXIS_TICK} tickLine={false} axisLine={false} width={40} />
            <YAxis
              yAxisId="rate"
              orientation="right"
              tickFormatter={(v: number) => formatPercent(v, 0)}
              tick={AXIS_TICK}
              tickLine={false}
              axisLine={false}
              width={44}
              domain={[0, rateTicks[rateTicks.length - 1]]}
              ticks={rateTicks}
            />
            <Tooltip
              cursor={{ fill: CHART.cursor }}
              content={pointTooltip<KpiReport["series"][number]>((p) => (
                <ChartTooltipBox
                  title={formatBucket(p.bucket, interval, true)}
                  rows={[
                    { label: "Sessions", value: formatNumber(p.sessions), color: CHART.primary },
                    { label: "Conversion rate", value: formatPercent(p.conversion_rate), color: CHART.orange },
                  ]}
                />
              ))}
            />
            <Bar yAxisId="sessions" dataKey="sessions" fill={CHART.primary} fillOpacity={0.75} radius={[3, 3, 0, 0]} isAnimationActive={false} />
            <Line
              yAxisId="rate"
              type="monotone"
              dataKey="conversion_rate"
              stroke={CHART.orange}
              strokeWidth={2}
              dot={report.series.length <= 31 ? { r: 2, fill: CHART.orange } : false}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </ChartCard>
  )
}
