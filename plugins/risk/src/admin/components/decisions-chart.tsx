import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, EmptyNote, formatDate, formatNumber } from "@finesse/core/admin-kit"
import type { Overview } from "../hooks/risk"

/** Orders scored per day over 30 days, by decision: what the rules let through, held and refused. */
export const DecisionsChart = ({ overview }: { overview: Overview }) => {
  const rows = overview.last_30_days.daily
  return (
    <ChartCard
      title="Decisions per day"
      subtitle="Orders of the last 30 days by the decision of their score (at checkout, or for history scored after the fact)"
      legend={[
        { label: "Review", color: CHART.orange, kind: "box" },
        { label: "Refused", color: CHART.red, kind: "box" },
      ]}
      testId="risk-decisions-chart"
    >
      {rows.length ? (
        <ResponsiveContainer width="100%" height={200}>
          <BarChart data={rows}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="day" tick={AXIS_TICK} tickFormatter={(d) => formatDate(d)} minTickGap={24} />
            <YAxis tick={AXIS_TICK} allowDecimals={false} width={32} />
            <Tooltip
              cursor={{ fill: CHART.cursor }}
              content={({ active, payload, label }) =>
                active && payload?.length ? (
                  <ChartTooltipBox
                    title={formatDate(String(label))}
                    rows={[
                      { label: "Allowed", value: formatNumber(Number(payload[0]?.payload.allow)) },
                      { label: "Held", value: formatNumber(Number(payload[0]?.payload.review)), color: CHART.orange },
                      { label: "Refused", value: formatNumber(Number(payload[0]?.payload.block)), color: CHART.red },
                    ]}
                  />
                ) : null
              }
            />
            <Bar dataKey="review" stackId="d" fill={CHART.orange} />
            <Bar dataKey="block" stackId="d" fill={CHART.red} />
          </BarChart>
        </ResponsiveContainer>
      ) : (
        <EmptyNote height={200}>No orders were scored in the last 30 days.</EmptyNote>
      )}
    </ChartCard>
  )
}
