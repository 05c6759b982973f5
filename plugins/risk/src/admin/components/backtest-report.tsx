import { Text } from "@medusajs/ui"
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, DataTable, SectionCard, Stat, StatGrid, formatDate, formatMoney, formatNumber, formatPercent, type Column } from "@finesse/core/admin-kit"
import type { Backtest, BacktestResult } from "../hooks/risk"

const pct = (v: number | null) => (v === null || Number.isNaN(v) ? "—" : formatPercent(v))
const money = (r: BacktestResult, key: "fraudCaught" | "goodBlocked") =>
  Object.entries(r.amounts)
    .filter(([, a]) => a[key] > 0)
    .map(([cur, a]) => formatMoney(a[key], cur))
    .join(" + ") || "—"

type RuleRow = BacktestResult["byRule"][number]
const ruleColumns: Column<RuleRow>[] = [
  { key: "code", header: "Signal", cell: (r) => <span className="font-mono txt-compact-xsmall">{r.code}</span> },
  { key: "hits", header: "Fired", align: "right", cell: (r) => formatNumber(r.hits) },
  { key: "fraud", header: "On fraud", align: "right", cell: (r) => formatNumber(r.fraudHits) },
  { key: "good", header: "On good orders", align: "right", cell: (r) => formatNumber(r.goodHits) },
  { key: "precision", header: "Precision", align: "right", cell: (r) => pct(r.precision) },
  { key: "recall", header: "Recall", align: "right", cell: (r) => pct(r.recall) },
]

/** What the edited rules would have done on the stored history, next to the live rules. */
export const BacktestReport = ({ report }: { report: Backtest }) => {
  const { baseline: b, candidate: c } = report.comparison
  return (
    <>
      <SectionCard
        title="Back-test"
        subtitle={`${formatNumber(report.window.orders)} orders scored between ${formatDate(report.window.from)} and ${formatDate(report.window.to)}: ${formatNumber(c.fraud)} known fraud, ${formatNumber(c.good)} known good, ${formatNumber(c.unlabelled)} not known yet`}
        testId="risk-backtest"
      >
        <StatGrid inset>
          <Stat label="Fraud caught (held or refused)" value={`${formatNumber(c.caught)} of ${formatNumber(c.fraud)}`} hint={`live rules: ${formatNumber(b.caught)} · recall ${pct(c.recall)}`} valueTestId="risk-backtest-caught" />
          <Stat label="Fraud refused at checkout" value={formatNumber(c.caughtBlocked)} hint={`${money(c, "fraudCaught")} of fraud stopped`} />
          <Stat label="Good orders held or refused" value={formatNumber(c.flaggedGood)} hint={`live rules: ${formatNumber(b.flaggedGood)} · ${money(c, "goodBlocked")} refused`} />
          <Stat label="Review load" value={`${c.reviewLoad.perDay.toFixed(1)} a day`} hint={`${formatNumber(c.reviewLoad.orders)} orders, ${pct(c.reviewLoad.share)} of all`} />
        </StatGrid>
        <div className="px-6 pb-4">
          <Text size="small" className="text-ui-fg-subtle">
            Against the live rules: {report.comparison.newlyCaught} more fraud caught, {report.comparison.noLongerCaught} no longer caught, {report.comparison.newlyFlaggedGood} more good orders held,{" "}
            {report.comparison.noLongerFlaggedGood} fewer; {report.comparison.changed} decisions change.
          </Text>
        </div>
        <DataTable columns={ruleColumns} rows={c.byRule.filter((r) => r.hits > 0)} rowKey={(r) => r.code} empty="No signal fired on this history." />
      </SectionCard>
      <ChartCard
        title="Where to draw the line"
        subtitle="Share of known fraud caught (recall) and of held orders that were fraud (precision) for each review threshold"
        legend={[
          { label: "Recall", color: CHART.primary },
          { label: "Precision", color: CHART.green },
        ]}
      >
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={report.sweep.map((p) => ({ ...p, recall: p.recall ?? null, precision: p.precision ?? null }))}>
            <CartesianGrid stroke={CHART.grid} vertical={false} />
            <XAxis dataKey="threshold" tick={AXIS_TICK} />
            <YAxis tick={AXIS_TICK} domain={[0, 1]} tickFormatter={(v) => formatPercent(v, 0)} width={44} />
            <Tooltip
              content={({ active, payload, label }) =>
                active && payload?.length ? (
                  <ChartTooltipBox
                    title={`Score ≥ ${label}`}
                    rows={[
                      { label: "Recall", value: pct(payload[0].payload.recall), color: CHART.primary },
                      { label: "Precision", value: pct(payload[0].payload.precision), color: CHART.green },
                      { label: "Held", value: formatNumber(payload[0].payload.flagged) },
                    ]}
                  />
                ) : null
              }
            />
            <Line dataKey="recall" stroke={CHART.primary} dot={false} connectNulls />
            <Line dataKey="precision" stroke={CHART.green} dot={false} connectNulls />
          </LineChart>
        </ResponsiveContainer>
      </ChartCard>
    </>
  )
}
