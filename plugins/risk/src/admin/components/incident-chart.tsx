import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, formatCompact, formatDate, formatNumber, formatPercent } from "@finesse/core/admin-kit"
import type { Incident, MetricSeries } from "../hooks/risk"

const fmt = (metric: string, v: number | null) => (v === null ? "—" : /rate|conversion/.test(metric) ? formatPercent(v) : /gmv|burn/.test(metric) ? formatCompact(v / 100) : formatNumber(v))

/** One metric around an incident: what was observed against the seasonal baseline, the incident's days shaded. */
export const IncidentChart = ({ series, incident }: { series: MetricSeries; incident: Incident }) => (
  <ChartCard
    title={series.label}
    subtitle="Observed per day against the expected value of its seasonal baseline (weekday pattern and trend)"
    legend={[
      { label: "Observed", color: CHART.primary },
      { label: "Expected", color: CHART.grey, dashed: true },
    ]}
    testId="risk-incident-chart"
  >
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={series.points}>
        <CartesianGrid stroke={CHART.grid} vertical={false} />
        <XAxis dataKey="day" tick={AXIS_TICK} tickFormatter={(d) => formatDate(d)} minTickGap={28} />
        <YAxis tick={AXIS_TICK} tickFormatter={(v) => fmt(series.metric, v)} width={56} />
        <ReferenceArea x1={incident.start_day} x2={incident.end_day} fill={CHART.red} fillOpacity={0.12} />
        <Tooltip
          content={({ active, payload, label }) =>
            active && payload?.length ? (
              <ChartTooltipBox
                title={formatDate(String(label))}
                rows={[
                  { label: "Observed", value: fmt(series.metric, payload[0].payload.observed), color: CHART.primary },
                  { label: "Expected", value: fmt(series.metric, payload[0].payload.expected) },
                  { label: "Score", value: payload[0].payload.score === null ? "—" : `${payload[0].payload.score.toFixed(1)} σ` },
                ]}
              />
            ) : null
          }
        />
        <Line dataKey="expected" stroke={CHART.grey} strokeDasharray="4 3" dot={false} connectNulls />
        <Line dataKey="observed" stroke={CHART.primary} dot={false} connectNulls />
      </LineChart>
    </ResponsiveContainer>
  </ChartCard>
)
