import { StatusBadge, Table, Text } from "@medusajs/ui"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, EmptyNote, formatMoney, pointTooltip } from "@finesse/core/admin-kit"
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { ExperimentReport } from "../hooks/promotions"
import { pct } from "./labels"

const METRIC: Record<string, string> = { gmv_per_customer: "GMV per customer", orders_per_customer: "Orders per customer", conversion_rate: "Conversion rate" }
const DECISION: Record<string, { label: string; color: "green" | "red" | "grey" }> = {
  treatment_better: { label: "stop: better", color: "green" },
  treatment_worse: { label: "stop: worse", color: "red" },
  keep_running: { label: "keep running", color: "grey" },
}

const fmt = (metric: string, v: number | null | undefined, currency: string) =>
  v == null || !Number.isFinite(v) ? "–" : metric === "gmv_per_customer" ? formatMoney(Math.round(v), currency) : metric === "conversion_rate" ? `${(v * 100).toFixed(1)} pts` : v.toFixed(3)

/**
 * The arms compared: each metric with its CUPED (or two-proportion) interval beside plain Welch, p and Holm's p over
 * the three metrics, the Bayesian probability of being better; the mSPRT stop rule on GMV per customer over daily looks.
 */
export const ExperimentStats = ({ report, currency }: { report: ExperimentReport | null; currency: string }) => {
  if (!report) return <EmptyNote title="No statistics yet">The arms are compared once the promotions have started and each arm has customers.</EmptyNote>
  return (
    <div className="flex flex-col gap-y-3" data-testid="experiment-stats">
      {report.srm && (
        <Text size="small" className={report.srm.mismatch ? "text-ui-fg-error px-6" : "text-ui-fg-subtle px-6"}>
          Split check: {report.arms.map((a) => `${a.code} ${a.n}`).join(", ")} — {report.srm.mismatch ? `sample-ratio mismatch (p = ${report.srm.p.toExponential(2)}): do not trust the numbers` : `as designed (p = ${report.srm.p.toFixed(2)})`}
        </Text>
      )}
      {report.comparisons.map((c) => (
        <div key={c.treatment} className="flex flex-col gap-y-3">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {c.treatment} vs {c.control}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">Difference</Table.HeaderCell>
                <Table.HeaderCell className="text-right">95 % interval</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Plain Welch</Table.HeaderCell>
                <Table.HeaderCell className="text-right">p (Holm)</Table.HeaderCell>
                <Table.HeaderCell className="text-right">P(better)</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {c.metrics.map((m) => (
                <Table.Row key={m.metric} data-testid="experiment-metric" data-metric={m.metric}>
                  <Table.Cell>
                    {METRIC[m.metric] ?? m.metric} <Text size="xsmall" className="text-ui-fg-muted inline">({m.estimator})</Text>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{fmt(m.metric, m.diff, currency)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {fmt(m.metric, m.ciLow, currency)} to {fmt(m.metric, m.ciHigh, currency)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{m.welch ? `${fmt(m.metric, m.welch.ciLow, currency)} to ${fmt(m.metric, m.welch.ciHigh, currency)}` : "–"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {m.p == null ? "–" : m.p.toFixed(3)} ({m.pHolm == null ? "–" : m.pHolm.toFixed(3)})
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{pct(m.probabilityBetter, 0)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <ChartCard
            title="Sequential stop rule (mSPRT): GMV per customer per day"
            subtitle={`The daily effect with its always-valid 95 % interval over ${c.sequential.looks} daily looks: safe to read every day (always-valid p = ${c.sequential.p.toFixed(3)})`}
            actions={<StatusBadge color={DECISION[c.decision].color}>{DECISION[c.decision].label}</StatusBadge>}
            testId="sequential-chart"
          >
            <ResponsiveContainer width="100%" height={220}>
              <ComposedChart data={c.sequential.series.map((s) => ({ ...s, band: [s.ciLow, s.ciHigh] }))}>
                <CartesianGrid vertical={false} stroke={CHART.grid} strokeDasharray="3 3" />
                <XAxis dataKey="days" tickFormatter={(d: number) => `day ${d}`} tick={AXIS_TICK} tickLine={false} axisLine={{ stroke: CHART.grid }} />
                <YAxis tick={AXIS_TICK} tickFormatter={(v: number) => formatMoney(Math.round(v), currency)} width={80} axisLine={false} tickLine={false} />
                <ReferenceLine y={0} stroke={CHART.axis} />
                <Tooltip
                  content={pointTooltip<{ look: number; days: number; diff: number; ciLow: number | null; ciHigh: number | null; p: number }>((p) => (
                    <ChartTooltipBox
                      title={`After ${p.days} day(s)`}
                      rows={[
                        { label: "per customer per day", value: formatMoney(Math.round(p.diff), currency) },
                        { label: "always-valid interval", value: `${fmt("gmv_per_customer", p.ciLow, currency)} to ${fmt("gmv_per_customer", p.ciHigh, currency)}` },
                        { label: "always-valid p", value: p.p.toFixed(3) },
                      ]}
                    />
                  ))}
                />
                <Area dataKey="band" stroke="none" fill={CHART.primary} fillOpacity={0.15} isAnimationActive={false} />
                <Line dataKey="diff" stroke={CHART.primary} dot={false} strokeWidth={2} isAnimationActive={false} />
              </ComposedChart>
            </ResponsiveContainer>
          </ChartCard>
        </div>
      ))}
    </div>
  )
}
