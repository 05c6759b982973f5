import { Badge, Text } from "@medusajs/ui"
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import {
  AXIS_TICK,
  CHART,
  ChartCard,
  ChartTooltipBox,
  DataTable,
  EmptyState,
  ProgressBar,
  SectionCard,
  Stat,
  StatGrid,
  formatDateTime,
  formatNumber,
  formatPercent,
  type Column,
} from "@finesse/core/admin-kit"
import type { ModelRun, ModelStatus } from "../hooks/risk"

const runColumns: Column<ModelRun>[] = [
  { key: "version", header: "Version", cell: (r) => <span className="font-mono txt-compact-xsmall">{r.version}</span> },
  { key: "at", header: "Trained", cell: (r) => formatDateTime(r.trained_at) },
  { key: "status", header: "Result", cell: (r) => (r.status === "trained" ? <Badge size="2xsmall" color="green">trained{r.active ? " · active" : ""}</Badge> : <Badge size="2xsmall" color="grey">not enough labels</Badge>) },
  { key: "labels", header: "Labels", align: "right", cell: (r) => `${formatNumber(r.positives)} fraud / ${formatNumber(r.labels - r.positives)} good` },
  { key: "auc", header: "AUC", align: "right", cell: (r) => (r.metrics ? r.metrics.auc.toFixed(3) : "—") },
]

/** The store's own model: quality out of fold, calibration, and the labels it learns from against the minimums. */
export const ModelStatusView = ({ status }: { status: ModelStatus }) => {
  const m = status.active?.metrics
  const l = status.labels
  return (
    <>
      <SectionCard title="Labels" subtitle="Chargebacks, refunds and cancellations marked as fraud count as fraud; orders 60 days old without one as good" testId="risk-labels">
        <StatGrid inset>
          <Stat label="Fraud labels" value={`${formatNumber(l.fraud)} of ${l.min_fraud}`} valueTestId="risk-fraud-labels">
            <ProgressBar value={Math.min(100, (100 * l.fraud) / l.min_fraud)} />
          </Stat>
          <Stat label="Good labels" value={`${formatNumber(l.good)} of ${l.min_good}`}>
            <ProgressBar value={Math.min(100, (100 * l.good) / l.min_good)} tone={l.good >= l.min_good ? "done" : "default"} />
          </Stat>
          <Stat label="Not known yet" value={formatNumber(l.unknown)} hint="younger than 60 days, or cancelled" />
        </StatGrid>
      </SectionCard>
      {m ? (
        <>
          <SectionCard title={`Active model ${status.active!.version}`} subtitle={`Logistic regression on the signals, calibrated; blended with the rule points · trained ${formatDateTime(status.active!.trained_at)}`} testId="risk-model-active">
            <StatGrid inset>
              <Stat label="AUC (out of fold)" value={m.auc.toFixed(3)} hint={`rules alone ${m.rulesAuc.toFixed(3)}`} />
              <Stat label="Brier score" value={m.brier.toFixed(4)} hint={`base rate ${formatPercent(m.baseRate)}`} />
              <Stat label="Calibration error" value={formatPercent(m.ece)} hint={`${m.folds} folds`} />
            </StatGrid>
          </SectionCard>
          <ChartCard title="Calibration" subtitle="Predicted against observed fraud rate per probability band (out of fold)" legend={[{ label: "Predicted", color: CHART.grey, kind: "box" }, { label: "Observed", color: CHART.primary, kind: "box" }]}>
            <ResponsiveContainer width="100%" height={200}>
              <BarChart data={m.calibration.filter((b: any) => b.count > 0).map((b: any) => ({ ...b, band: `${formatPercent(b.from, 0)}–${formatPercent(b.to, 0)}` }))}>
                <CartesianGrid stroke={CHART.grid} vertical={false} />
                <XAxis dataKey="band" tick={AXIS_TICK} />
                <YAxis tick={AXIS_TICK} tickFormatter={(v) => formatPercent(v, 0)} width={44} />
                <Tooltip
                  content={({ active, payload, label }) =>
                    active && payload?.length ? (
                      <ChartTooltipBox
                        title={String(label)}
                        rows={[
                          { label: "Predicted", value: formatPercent(payload[0].payload.meanPredicted) },
                          { label: "Observed", value: formatPercent(payload[0].payload.observed), color: CHART.primary },
                          { label: "Orders", value: formatNumber(payload[0].payload.count) },
                        ]}
                      />
                    ) : null
                  }
                />
                <Bar dataKey="meanPredicted" fill={CHART.grey} />
                <Bar dataKey="observed" fill={CHART.primary} />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
        </>
      ) : (
        <EmptyState testId="risk-model-empty" title="Scoring uses the rules alone">
          {status.latest?.message ? `The last run ${status.latest.message.replace(/^needs/, "needed")}.` : "No model has been trained yet."} It trains every night and on
          demand. Record chargebacks on the order page and mark fraud when you cancel a held order: that is what it learns from.
        </EmptyState>
      )}
      <SectionCard title="Training runs" subtitle="The last ten">
        <DataTable columns={runColumns} rows={status.runs} empty="No training run yet." rowTestId="risk-model-run" />
      </SectionCard>
      <Text size="xsmall" className="text-ui-fg-muted px-1">
        The model's features: each signal's hit, order value, guest checkout, account age, earlier orders, velocity counts and the linked group's size.
      </Text>
    </>
  )
}
