import type { ArmComparison } from "../lib/evaluation/customer-panel"
import type { DiffResult } from "../lib/stats/diff-result"
import { holm } from "../lib/stats/multiple-testing"

export type MetricLine = { metric: string; result: DiffResult & { probabilityBetter: number; theta?: number; varianceReduction?: number }; scale: number; digits: number; extra: Record<string, string> }

const num = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : String(x))
const pv = (p: number) => (Number.isFinite(p) ? (p < 1e-4 ? p.toExponential(3) : p.toFixed(6)) : String(p))

/**
 * The `metric=… diff=… ci_low=… ci_high=… p=…` lines of `promotions evaluate`, in a fixed order. GMV is printed in
 * major units (minor / 100). p_holm is Holm's adjustment over the three primary lines (gmv, orders, conversion).
 */
export function metricLines(c: ArmComparison): string[] {
  const lines: MetricLine[] = [
    { metric: "gmv_per_customer", result: c.gmvPerCustomer, scale: 100, digits: 4, extra: { covariate: "pre_period_gmv" } },
    { metric: "gmv_per_customer_welch", result: c.gmvPerCustomerWelch, scale: 100, digits: 4, extra: {} },
    { metric: "orders_per_customer", result: c.ordersPerCustomer, scale: 1, digits: 6, extra: { covariate: "pre_period_orders" } },
    { metric: "orders_per_customer_welch", result: c.ordersPerCustomerWelch, scale: 1, digits: 6, extra: {} },
    { metric: "conversion_rate", result: c.conversionRate, scale: 1, digits: 6, extra: {} },
  ]
  const primary = ["gmv_per_customer", "orders_per_customer", "conversion_rate"]
  const adjusted = holm(primary.map((m) => (lines.find((l) => l.metric === m) as MetricLine).result.p)).adjusted
  return lines.map((l) => {
    const r = l.result
    const fields: [string, string][] = [
      ["metric", l.metric],
      ["diff", num(r.diff / l.scale, l.digits)],
      ["ci_low", num(r.ciLow / l.scale, l.digits)],
      ["ci_high", num(r.ciHigh / l.scale, l.digits)],
      ["p", pv(r.p)],
    ]
    const k = primary.indexOf(l.metric)
    if (k >= 0) fields.push(["p_holm", pv(adjusted[k])])
    fields.push(
      ["estimator", r.estimator],
      ["mean_treatment", num(r.meanTreatment / l.scale, l.digits)],
      ["mean_control", num(r.meanControl / l.scale, l.digits)],
      ["relative", num(r.relative, 4)],
      ["prob_better", num(r.probabilityBetter, 4)],
      ["n_treatment", String(r.nTreatment)],
      ["n_control", String(r.nControl)]
    )
    if (r.theta !== undefined) fields.push(["theta", num(r.theta, 6)], ["variance_reduction", num(r.varianceReduction ?? NaN, 4)])
    for (const [key, v] of Object.entries(l.extra)) fields.push([key, v])
    return fields.map(([key, v]) => `${key}=${v}`).join(" ")
  })
}

/** Parses one metric line back into its fields (for tests and the benchmark). */
export function parseMetricLine(line: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of line.trim().split(/\s+/)) {
    const eq = part.indexOf("=")
    if (eq > 0) out[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return out
}
