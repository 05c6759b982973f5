import { Badge, Container, Table, Text } from "@medusajs/ui"
import { AXIS_TICK, CHART, ChartCard, ChartTooltipBox, EmptyNote, SectionHeader, Stat, StatGrid, currencyDigits, formatDate, formatMoney, formatNumber, pointTooltip } from "@finesse/core/admin-kit"
import { useState } from "react"
import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import type { Effect, Evaluation, PromotionReport } from "../hooks/promotions"
import { VerdictBadge, pct, withInterval } from "./labels"

type Row = { label: string; value: number; low: number; high: number; err: [number, number]; kind: "money" | "count" }

/** The effects of a report in one chart: each total with its 95 % interval (money in major units on the axis). */
function effectRows(r: PromotionReport): Row[] {
  const row = (label: string, e: Effect | null, kind: Row["kind"] = "money"): Row | null =>
    e && e.totalLow != null && e.totalHigh != null ? { label, value: e.total, low: e.totalLow, high: e.totalHigh, err: [e.total - e.totalLow, e.totalHigh - e.total], kind } : null
  return [
    row("Incremental GMV", r.incrementalGmv),
    row("Incremental margin", r.incrementalMargin),
    row("Pull-forward (after)", r.pullForward),
    row("Full-price sales", r.cannibalisation),
    row(r.netEffect.basis === "net_margin" ? "Net margin (period + after)" : "Net GMV (period + after)", r.netEffect),
  ].filter((x): x is Row => !!x)
}

const EffectsChart = ({ report, currency }: { report: PromotionReport; currency: string }) => {
  const unit = 10 ** currencyDigits(currency)
  const rows = effectRows(report).map((r) => ({ ...r, major: r.value / unit, errMajor: [r.err[0] / unit, r.err[1] / unit] }))
  return (
    <ChartCard title="Effects against the comparison group" subtitle="Totals over the treated customers with 95 % intervals: a bar whose interval crosses zero is not distinguishable from no effect" testId="report-effects-chart">
      <ResponsiveContainer width="100%" height={230}>
        <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }}>
          <CartesianGrid horizontal={false} stroke={CHART.grid} strokeDasharray="3 3" />
          <XAxis type="number" tick={AXIS_TICK} tickFormatter={(v: number) => formatMoney(Math.round(v * unit), currency)} axisLine={{ stroke: CHART.grid }} tickLine={false} />
          <YAxis type="category" dataKey="label" width={170} tick={AXIS_TICK} axisLine={false} tickLine={false} />
          <ReferenceLine x={0} stroke={CHART.axis} />
          <Tooltip
            cursor={{ fill: CHART.cursor }}
            content={pointTooltip<(typeof rows)[number]>((p) => (
              <ChartTooltipBox title={p.label} rows={[{ label: "estimate", value: formatMoney(p.value, currency) }, { label: "95 % interval", value: `${formatMoney(p.low, currency)} to ${formatMoney(p.high, currency)}` }]} />
            ))}
          />
          <Bar dataKey="major" radius={3}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.low > 0 ? CHART.green : r.high < 0 ? CHART.red : CHART.grey} />
            ))}
            <ErrorBar dataKey="errMajor" width={6} stroke={CHART.axis} direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  )
}

/**
 * An evaluation report: the verdict and why, the net incremental margin with its interval, incremental orders, GMV
 * and margin, conversion and AOV, pull-forward and cannibalisation, new customers and their retention, budget burn,
 * and the design it was measured with. One currency at a time.
 */
export const ReportView = ({ evaluation, compact }: { evaluation: Evaluation; compact?: boolean }) => {
  const currencies = Object.keys(evaluation.report?.currencies ?? {})
  const [currency, setCurrency] = useState(evaluation.report?.primary ?? currencies[0])
  if (evaluation.status !== "ready" || !evaluation.report) {
    return (
      <EmptyNote title={evaluation.status === "no_control" ? "No comparison group" : "Not evaluated"} testId="report-not-ready">
        {evaluation.message}
      </EmptyNote>
    )
  }
  const r = evaluation.report.currencies[currency]
  const cur = currency
  const money = (e: Effect | null) => (e ? withInterval(e.total, e.totalLow, e.totalHigh, cur) : "costs unknown")
  return (
    <div className="flex flex-col gap-y-3" data-testid="promotion-report" data-verdict={r.verdict.outcome}>
      <Container className="divide-y p-0">
        <SectionHeader
          title={
            <span className="flex items-center gap-x-2">
              {r.code}: <VerdictBadge evaluation={{ status: "ready", verdict: r.verdict.outcome }} />
            </span>
          }
          subtitle={`${r.design === "holdout" ? "Against its randomised holdout" : "Against a matched control (no holdout)"} · ${formatDate(new Date(r.periods.start).toISOString())} – ${formatDate(new Date(r.periods.end).toISOString())} · as of ${formatDate(evaluation.as_of)}`}
          actions={
            currencies.length > 1 && (
              <div className="flex gap-x-1">
                {currencies.map((c) => (
                  <Badge key={c} size="2xsmall" color={c === currency ? "blue" : "grey"} className="cursor-pointer" onClick={() => setCurrency(c)}>
                    {c.toUpperCase()}
                  </Badge>
                ))}
              </div>
            )
          }
        />
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            {r.netEffect.basis === "net_margin" ? "Net incremental margin" : "Net incremental GMV"}: <span data-testid="report-net-effect">{money(r.netEffect)}</span>
          </Text>
          <ul className="text-ui-fg-subtle txt-small list-disc pl-5" data-testid="report-reasons">
            {r.verdict.reasons.map((why) => (
              <li key={why}>{why}</li>
            ))}
          </ul>
        </div>
        <div className="px-6 py-4">
          <StatGrid inset>
            <Stat label="Incremental orders" value={withInterval(r.incrementalOrders.total, r.incrementalOrders.totalLow, r.incrementalOrders.totalHigh, cur, false)} hint={`${formatNumber(r.audience.treatment)} treated vs ${formatNumber(r.audience.control)} ${r.design === "holdout" ? "held out" : "matched"}`} />
            <Stat label="Incremental GMV" value={money(r.incrementalGmv)} hint={`CUPED; plain Welch ${withInterval(r.incrementalGmv.perCustomerUnadjusted.diff * r.audience.treatment, (r.incrementalGmv.perCustomerUnadjusted.ciLow ?? NaN) * r.audience.treatment, (r.incrementalGmv.perCustomerUnadjusted.ciHigh ?? NaN) * r.audience.treatment, cur)}`} />
            <Stat label="Incremental margin" value={money(r.incrementalMargin)} help="Gross margin of the period (after discounts and the cost of goods) against the comparison group" />
            <Stat label="Discount paid" value={formatMoney(r.discountCost, cur)} hint={r.discountPerIncrementalOrder != null ? `${formatMoney(Math.round(r.discountPerIncrementalOrder), cur)} per incremental order` : "no incremental order"} />
            <Stat label="Pull-forward after the end" value={money(r.pullForward)} hint={`${pct(r.pullForward.givenBackShare, 0)} of the uplift given back${r.postPeriodComplete ? "" : " (post period not over yet)"}`} />
            <Stat label="Full-price sales" value={money(r.cannibalisation)} hint={`${pct(r.cannibalisation.cannibalisedShare, 0)} of the promotion's GMV replaced full-price sales`} />
            <Stat label="Conversion" value={`${r.conversion.diff >= 0 ? "+" : ""}${(r.conversion.diff * 100).toFixed(1)} pts`} hint={`P(better) ${pct(r.conversion.probabilityBetter, 0)}`} />
            <Stat label="AOV" value={`${formatMoney(Math.round(r.aov.meanTreatment), cur)} vs ${formatMoney(Math.round(r.aov.meanControl), cur)}`} hint={r.aov.ciLow != null ? `diff ${withInterval(r.aov.diff, r.aov.ciLow, r.aov.ciHigh, cur)}` : "point comparison"} />
            <Stat label="New-customer share" value={pct(r.promotionOrders.newCustomerShare, 0)} hint={`${formatNumber(r.promotionOrders.orders)} promotion orders`} />
            {r.budget && <Stat label="Budget burn" value={pct(r.budget.share, 0)} hint={r.budget.exhaustsAt ? `${r.budget.exhaustsAt <= Date.parse(evaluation.as_of) ? "ran out" : "runs out at this pace on"} ${formatDate(new Date(r.budget.exhaustsAt).toISOString())}` : "lasts to the end"} />}
            {r.audience.srm && <Stat label="Split check (SRM)" value={r.audience.srm.mismatch ? "broken" : "ok"} hint={`p = ${r.audience.srm.p.toFixed(3)}`} />}
          </StatGrid>
        </div>
      </Container>
      {!compact && <EffectsChart report={r} currency={cur} />}
      {!compact && r.acquisition.promotionAcquired > 0 && r.acquisition.retention.length > 0 && (
        <Container className="divide-y p-0">
          <SectionHeader title="Customers it brought" subtitle={`${formatNumber(r.acquisition.promotionAcquired)} first orders used the promotion; retention against the period's other new customers (not randomised)`} />
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Ordered again within</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Brought by it</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Other new customers</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {r.acquisition.retention.map((x) => (
                <Table.Row key={x.days}>
                  <Table.Cell>{x.days} days</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{x.promotion.eligible ? `${pct(x.promotion.rate, 0)} of ${x.promotion.eligible}` : "–"}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{x.baseline.eligible ? `${pct(x.baseline.rate, 0)} of ${x.baseline.eligible}` : "–"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </Container>
      )}
    </div>
  )
}
