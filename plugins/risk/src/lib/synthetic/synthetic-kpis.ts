import type { DailySeries } from "../anomaly/detect-anomalies"
import { weekday } from "../anomaly/epoch-day"
import type { KpiMetric } from "../anomaly/kpi-metrics"
import { createRng, poisson } from "../math/prng"

/** A planted event: every listed metric multiplied by `factor` on `days` consecutive days from `day` (index). */
export type PlantedKpiEvent = { day: number; days?: number; metrics: KpiMetric[] | "traffic"; factor: number }

export type SyntheticKpiOptions = {
  seed: number
  startDay: number
  days: number
  /** Sessions on an average weekday at the start. */
  sessions?: number
  /** Growth of traffic per year (0.2 = +20 %). */
  yearlyGrowth?: number
  events?: PlantedKpiEvent[]
}

// Sunday … Saturday traffic multipliers of a typical web shop (weekend peak on Sunday, dip on Saturday)
const WEEK = [1.15, 1.05, 1.0, 0.98, 0.96, 0.9, 0.82]

/**
 * Seven daily KPI series with weekly seasonality, a trend and realistic noise, for tests and benchmarks:
 * sessions drive orders (binomial-like), GMV (orders × a log-normal order value), events, conversion and
 * refunds; promotion burn and price changes have their own noise. "traffic" events (an outage, a bot flood)
 * multiply sessions, so every metric downstream moves together, as in a real incident.
 */
export function syntheticKpiSeries(o: SyntheticKpiOptions): Record<KpiMetric, DailySeries> {
  const rng = createRng(o.seed)
  const base = o.sessions ?? 4000
  const growth = o.yearlyGrowth ?? 0.2
  const n = o.days
  const out = {} as Record<KpiMetric, Float64Array>
  for (const m of ["gmv", "orders", "conversion", "refund_rate", "promotion_burn", "price_changes", "event_volume"] as KpiMetric[]) out[m] = new Float64Array(n)
  const factor = (i: number, metric: KpiMetric | "traffic") => {
    let f = 1
    for (const e of o.events ?? []) {
      if (i < e.day || i >= e.day + (e.days ?? 1)) continue
      if (e.metrics === "traffic" ? metric === "traffic" : (e.metrics as string[]).includes(metric)) f *= e.factor
    }
    return f
  }
  for (let i = 0; i < n; i++) {
    const dow = weekday(o.startDay + i)
    const trend = Math.pow(1 + growth, i / 365)
    const sessions = Math.max(1, Math.round(base * WEEK[dow] * trend * Math.exp(0.06 * rng.normal()) * factor(i, "traffic")))
    const conv = 0.025 * (dow === 0 ? 1.08 : 1) * factor(i, "conversion")
    const orders = poisson(rng, sessions * conv) * factor(i, "orders")
    let gmv = 0
    for (let k = 0; k < orders; k++) gmv += Math.round(6000 * Math.exp(0.5 * rng.normal()))
    const refunded = poisson(rng, orders * 0.03 * factor(i, "refund_rate"))
    out.orders[i] = Math.round(orders)
    out.gmv[i] = Math.round(gmv * factor(i, "gmv"))
    out.conversion[i] = orders / sessions
    out.refund_rate[i] = orders > 0 ? refunded / orders : NaN
    out.promotion_burn[i] = Math.round(gmv * 0.06 * Math.exp(0.15 * rng.normal()) * factor(i, "promotion_burn"))
    out.price_changes[i] = Math.round(poisson(rng, dow === 1 ? 60 : 25) * factor(i, "price_changes"))
    out.event_volume[i] = Math.round(sessions * 14 * Math.exp(0.04 * rng.normal()) * factor(i, "event_volume"))
  }
  const result = {} as Record<KpiMetric, DailySeries>
  for (const [metric, values] of Object.entries(out)) result[metric as KpiMetric] = { metric, startDay: o.startDay, values }
  return result
}
