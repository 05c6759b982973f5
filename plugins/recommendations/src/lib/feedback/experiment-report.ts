import { compareProportions, type ProportionComparison } from "../experiments/two-proportions"

/** What one arm of an experiment saw, counted per visitor (the unit of assignment) and in raw events. */
export type ArmCounts = {
  /** Visitors who were shown the placement in this arm. */
  visitors: number
  /** …of whom clicked at least one recommendation. */
  clickers: number
  /** …of whom placed an order attributed to the placement. */
  converters: number
  impressions: number
  clicks: number
  orders: number
  revenueMinor: number
}

export type ExperimentReport = {
  a: ArmCounts & { ctr: number }
  b: ArmCounts & { ctr: number }
  /** Share of visitors who clicked, B vs A. */
  click_through: ProportionComparison
  /** Share of visitors with an attributed order, B vs A. */
  conversion: ProportionComparison
  /** One sentence for the admin. */
  summary: string
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`

/**
 * Compares the two arms. The statistics are per visitor (each visitor is one trial: assignment is per visitor, so
 * their impressions are not independent); raw CTR (clicks / impressions) is reported next to them.
 */
export function experimentReport(a: ArmCounts, b: ArmCounts, options: { confidence?: number; minTrials?: number } = {}): ExperimentReport {
  const click_through = compareProportions({ successes: a.clickers, trials: a.visitors }, { successes: b.clickers, trials: b.visitors }, options)
  const conversion = compareProportions({ successes: a.converters, trials: a.visitors }, { successes: b.converters, trials: b.visitors }, options)
  const conf = Math.round((options.confidence ?? 0.95) * 100)
  const describe = (name: string, c: ProportionComparison) =>
    c.verdict === "not enough data"
      ? `${name}: not enough data yet`
      : `${name}: A ${pct(c.rateA)} vs B ${pct(c.rateB)}, difference ${c.difference >= 0 ? "+" : ""}${(100 * c.difference).toFixed(2)} pts ` +
        `(${conf} % CI ${(100 * c.interval[0]).toFixed(2)} to ${(100 * c.interval[1]).toFixed(2)}) — ${c.verdict}`
  return {
    a: { ...a, ctr: a.impressions ? a.clicks / a.impressions : 0 },
    b: { ...b, ctr: b.impressions ? b.clicks / b.impressions : 0 },
    click_through,
    conversion,
    summary: `${describe("Click-through", click_through)}. ${describe("Conversion", conversion)}.`,
  }
}
