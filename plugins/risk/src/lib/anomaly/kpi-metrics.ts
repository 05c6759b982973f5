import { detectSeriesAnomalies, type DailySeries, type DetectOptions, type MetricSpec, type SeriesAnomalies } from "./detect-anomalies"
import { epochDay } from "./epoch-day"
import { groupIncidents, type GroupOptions, type Incident } from "./group-incidents"

export type KpiMetric = "gmv" | "orders" | "conversion" | "refund_rate" | "promotion_burn" | "price_changes" | "event_volume"

export type KpiMetricSpec = MetricSpec & { label: string; unit: "minor" | "count" | "ratio" }

/**
 * The KPIs watched for anomalies and how each is modelled. Money and counts are fitted on a log scale (weekly
 * pattern and trend multiplicative; 5 % scale floor), rates on the arcsine-square-root scale (floors of 0.005 and
 * 0.01 there are about 0.15 and 0.35 percentage points at a 2.5 % conversion and a 3 % refund rate). The refund
 * rate has no weekday effects: refunds are few per day and follow returns, not shoppers' week.
 */
export const KPI_METRICS: Record<KpiMetric, KpiMetricSpec> = {
  gmv: { label: "GMV", unit: "minor", transform: "log", alertOn: "both", minScale: 0.05 },
  orders: { label: "orders", unit: "count", transform: "log", alertOn: "both", minScale: 0.05 },
  conversion: { label: "conversion", unit: "ratio", transform: "asin_sqrt", alertOn: "both", minScale: 0.005 },
  refund_rate: { label: "refund rate", unit: "ratio", transform: "asin_sqrt", alertOn: "up", minScale: 0.01, weekly: false },
  promotion_burn: { label: "promotion burn", unit: "minor", transform: "log", alertOn: "up", minScale: 0.1 },
  price_changes: { label: "price changes", unit: "count", transform: "log", alertOn: "up", minScale: 0.1 },
  event_volume: { label: "event volume", unit: "count", transform: "log", alertOn: "both", minScale: 0.05 },
}

/** The columns of core's `finesse_daily_sales` the detector reads (rows of one currency; channels summed). */
export type DailySalesRow = { day: string; orders: number; gross: number; discount: number; refunded_orders: number }
/** The columns of core's `finesse_daily_traffic` the detector reads. */
export type DailyTrafficRow = { day: string; events: number; sessions: number; sessions_ordered: number }
export type DailyCountRow = { day: string; count: number }

/**
 * Daily KPI series from core's rollups over [from, to] (YYYY-MM-DD): GMV = gross, orders, conversion =
 * sessions with an order / sessions, refund rate = refunded orders / orders, promotion burn = discount, event
 * volume = events, and price changes from the pricing plugin's counts when given. Rows are summed per day
 * (several channels or regions); a day without rows is 0 for volumes and missing (NaN) for rates.
 */
export function kpiSeriesFromRollups(
  input: { sales?: readonly DailySalesRow[]; traffic?: readonly DailyTrafficRow[]; priceChanges?: readonly DailyCountRow[] },
  from: string,
  to: string,
): Record<KpiMetric, DailySeries> {
  const start = epochDay(from)
  const n = epochDay(to) - start + 1
  if (n <= 0) throw new RangeError(`empty range ${from}..${to}`)
  const arr = () => new Float64Array(n)
  const gross = arr()
  const orders = arr()
  const discount = arr()
  const refunded = arr()
  const events = arr()
  const sessions = arr()
  const ordered = arr()
  const prices = arr()
  const at = (day: string) => {
    const i = epochDay(day) - start
    return i >= 0 && i < n ? i : -1
  }
  for (const r of input.sales ?? []) {
    const i = at(r.day)
    if (i < 0) continue
    gross[i] += r.gross
    orders[i] += r.orders
    discount[i] += r.discount
    refunded[i] += r.refunded_orders
  }
  for (const r of input.traffic ?? []) {
    const i = at(r.day)
    if (i < 0) continue
    events[i] += r.events
    sessions[i] += r.sessions
    ordered[i] += r.sessions_ordered
  }
  for (const r of input.priceChanges ?? []) {
    const i = at(r.day)
    if (i >= 0) prices[i] += r.count
  }
  const rate = (num: Float64Array, den: Float64Array) => Float64Array.from(num, (v, i) => (den[i] > 0 ? v / den[i] : NaN))
  const s = (metric: KpiMetric, values: Float64Array): DailySeries => ({ metric, startDay: start, values })
  return {
    gmv: s("gmv", gross),
    orders: s("orders", orders),
    conversion: s("conversion", input.traffic ? rate(ordered, sessions) : new Float64Array(n).fill(NaN)),
    refund_rate: s("refund_rate", rate(refunded, orders)),
    promotion_burn: s("promotion_burn", discount),
    price_changes: s("price_changes", input.priceChanges ? prices : new Float64Array(n).fill(NaN)),
    event_volume: s("event_volume", input.traffic ? events : new Float64Array(n).fill(NaN)),
  }
}

export type KpiAnomalyRun = { series: SeriesAnomalies[]; incidents: Incident[] }

/** Detects anomalies in each series (specs by metric name, KPI_METRICS by default) and groups them into incidents. */
export function runKpiAnomalies(
  series: readonly DailySeries[],
  options: DetectOptions & GroupOptions & { specs?: Record<string, MetricSpec> } = {},
): KpiAnomalyRun {
  const specs: Record<string, MetricSpec> = { ...KPI_METRICS, ...(options.specs ?? {}) }
  const results = series.map((s) => {
    const spec = specs[s.metric]
    if (!spec) throw new RangeError(`no metric spec for ${s.metric}`)
    return detectSeriesAnomalies(s, spec, options)
  })
  const labels: Record<string, string> = {}
  for (const [k, v] of Object.entries(KPI_METRICS)) labels[k] = v.label
  return { series: results, incidents: groupIncidents(results, { ...options, labels: { ...labels, ...(options.labels ?? {}) } }) }
}
