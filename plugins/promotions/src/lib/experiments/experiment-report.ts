import { DAY_MS } from "../math/time"
import { buildCustomerPanel, compareArms, type ArmComparison, type PanelOrder } from "../evaluation/customer-panel"
import { holm } from "../stats/multiple-testing"
import { mixingVarianceForHorizon, sequentialTest, type SequentialLook } from "../stats/sequential"
import { sampleRatioMismatch, type SrmResult } from "../stats/srm"

export type ExperimentReportInput = {
  arms: { code: string; customerIds: string[] }[]
  /** designed share of each arm (the sample-ratio check) */
  designedShares: Record<string, number>
  /** the arm every other arm is compared with (the holdout, or the first A/B arm) */
  control: string
  orders: readonly PanelOrder[]
  /** epoch ms; the experiment's window [startsAt, endsAt) and the pre-period before it */
  startsAt: number
  endsAt: number
  now: number
  preDays?: number
  alpha?: number
}

export type MetricLine = {
  metric: "gmv_per_customer" | "orders_per_customer" | "conversion_rate"
  estimator: string
  diff: number
  relative: number
  ciLow: number
  ciHigh: number
  p: number
  /** Holm-adjusted over the three metrics of the comparison: read this one when looking at all three */
  pHolm: number
  probabilityBetter: number
  /** the plain Welch line beside CUPED, for reference */
  welch?: { diff: number; ciLow: number; ciHigh: number; p: number }
}

export type Comparison = {
  treatment: string
  control: string
  nTreatment: number
  nControl: number
  metrics: MetricLine[]
  /**
   * mSPRT on GMV per customer per day of the window, over daily cumulative looks: always-valid p and interval, safe
   * to peek at. Per day, because the cumulative GMV of a growing window is a different quantity at every look, while
   * a steady daily effect is one parameter the confidence sequence can close in on.
   */
  sequential: { looks: number; p: number; ciLow: number; ciHigh: number; stop: boolean; tau2: number; series: (Pick<SequentialLook, "look" | "diff" | "ciLow" | "ciHigh" | "p"> & { days: number })[] }
  /** what the stop rule says: a winner or a loser once the always-valid p drops below α, else keep going */
  decision: "treatment_better" | "treatment_worse" | "keep_running"
}

export type ExperimentReport = {
  srm: SrmResult | null
  arms: { code: string; n: number; designedShare: number }[]
  window: { start: number; end: number; preFrom: number }
  comparisons: Comparison[]
}

/**
 * The statistics of a running or finished experiment: every arm against the control on GMV and orders per customer
 * (CUPED on the pre-period, Welch beside it) and the conversion rate (two-proportion z), a Bayesian probability of
 * being better, Holm's correction over the metrics read together, the sample-ratio check, and a sequential-safe
 * stop rule (mSPRT) on GMV per customer from daily cumulative looks.
 */
export function experimentReport(input: ExperimentReportInput): ExperimentReport {
  const alpha = input.alpha ?? 0.05
  const preDays = input.preDays ?? 90
  const end = Math.min(input.endsAt, input.now)
  if (!(end > input.startsAt)) throw new RangeError("the experiment has not started")
  const preFrom = input.startsAt - preDays * DAY_MS
  const ids = input.arms.flatMap((a) => a.customerIds)
  const panel = buildCustomerPanel(ids, input.orders, { from: input.startsAt, to: end, preFrom })
  const rowsOf = (arm: string) => Int32Array.from(input.arms.find((a) => a.code === arm)!.customerIds.map((id) => panel.index.get(id)!).filter((i) => i !== undefined))
  const arms = input.arms.map((a) => ({ code: a.code, n: a.customerIds.length, designedShare: input.designedShares[a.code] ?? NaN }))
  const srm = arms.length >= 2 && arms.every((a) => a.designedShare > 0) ? sampleRatioMismatch(arms.map((a) => a.n), arms.map((a) => a.designedShare)) : null

  // daily cumulative looks: panels for each day end since the start (the last one is the report's window)
  const lookEnds: number[] = []
  for (let t = input.startsAt + DAY_MS; t < end; t += DAY_MS) lookEnds.push(t)
  lookEnds.push(end)
  const lookPanels = lookEnds.map((t) => (t === end ? panel : buildCustomerPanel(ids, input.orders, { from: input.startsAt, to: t, preFrom })))

  const comparisons: Comparison[] = []
  const control = rowsOf(input.control)
  for (const arm of input.arms) {
    if (arm.code === input.control) continue
    const treated = rowsOf(arm.code)
    if (treated.length < 2 || control.length < 2) continue
    const c: ArmComparison = compareArms(panel, treated, control, { alpha })
    const lines = [
      { metric: "gmv_per_customer" as const, r: c.gmvPerCustomer, w: c.gmvPerCustomerWelch },
      { metric: "orders_per_customer" as const, r: c.ordersPerCustomer, w: c.ordersPerCustomerWelch },
      { metric: "conversion_rate" as const, r: c.conversionRate, w: undefined },
    ]
    const adjusted = holm(lines.map((l) => (Number.isFinite(l.r.p) ? l.r.p : 1)), alpha).adjusted
    const looks = lookPanels.map((p, k) => {
      // the same customers' rows in each look's panel (the panel keeps the input order), per day of the window
      const days = (lookEnds[k] - input.startsAt) / DAY_MS
      const r = compareArms(p, treated, control, { alpha }).gmvPerCustomer
      return { diff: r.diff / days, se: r.se / days, days }
    })
    const finalSe = looks[looks.length - 1].se
    const tau2 = finalSe > 0 ? mixingVarianceForHorizon(finalSe, alpha) : NaN
    const usable = looks.filter((l) => l.se > 0)
    const seq = tau2 > 0 ? sequentialTest(usable, { tau2, alpha }) : []
    const last = seq[seq.length - 1]
    comparisons.push({
      treatment: arm.code,
      control: input.control,
      nTreatment: treated.length,
      nControl: control.length,
      metrics: lines.map((l, i) => ({
        metric: l.metric,
        estimator: l.r.estimator,
        diff: l.r.diff,
        relative: l.r.relative,
        ciLow: l.r.ciLow,
        ciHigh: l.r.ciHigh,
        p: l.r.p,
        pHolm: adjusted[i],
        probabilityBetter: l.r.probabilityBetter,
        ...(l.w ? { welch: { diff: l.w.diff, ciLow: l.w.ciLow, ciHigh: l.w.ciHigh, p: l.w.p } } : {}),
      })),
      sequential: {
        looks: seq.length,
        p: last?.p ?? 1,
        ciLow: last?.ciLow ?? -Infinity,
        ciHigh: last?.ciHigh ?? Infinity,
        stop: last?.stop ?? false,
        tau2,
        series: seq.map((s, i) => ({ look: s.look, days: usable[i].days, diff: s.diff, ciLow: s.ciLow, ciHigh: s.ciHigh, p: s.p })),
      },
      decision: last?.stop ? (last.ciLow > 0 ? "treatment_better" : last.ciHigh < 0 ? "treatment_worse" : "keep_running") : "keep_running",
    })
  }
  return { srm, arms, window: { start: input.startsAt, end, preFrom }, comparisons }
}
