import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import {
  countSupportsAnomaly,
  dayOfInstant,
  detectSeriesAnomalies,
  epochDay,
  groupIncidents,
  isoDay,
  KPI_METRICS,
  kpiSeriesFromRollups,
  type DailySeries,
  type Incident,
  type KpiMetric,
  type MetricSpec,
  type SeriesAnomalies,
} from "../lib"
import { readDailySales, readDailyTraffic, readPriceChanges } from "../reads/core-tables"
import { riskServices } from "./risk-services"

/** Days of rollups the baselines read: two 56-day windows before the first day scored, and a year for the chart. */
export const HISTORY_DAYS = 730

export type KpiSeriesSet = {
  series: DailySeries[]
  specs: Record<string, MetricSpec>
  labels: Record<string, string>
  /** the order-count series behind a money or count metric (`gmv:eur` → orders in EUR), for the volume guard */
  counts: Record<string, DailySeries>
  from: string
  to: string
}

/** Incidents closer than this (a weekend) are one: a promotion that burns on and off is one alert. */
export const MAX_GAP_DAYS = 3
/**
 * One-sided Poisson p-value a day's order count must reach for its GMV or orders anomaly to stand (on top of the
 * baseline's 4 σ): a day without orders when 6 were expected (p = 0.0025) alerts, when 4 were (p = 0.018) it does not.
 */
export const VOLUME_ALPHA = 0.005

/**
 * The watched KPI series over [from, to] from core's rollups: GMV and promotion burn per currency (money of two
 * currencies does not add up), orders, refund rate, conversion and event volume over all, price changes from
 * Medusa's prices. Days before a series' first non-zero value are missing, not zero: a store that starts changing
 * prices (or a demo seeded today) has no baseline yet, rather than an alert.
 */
export async function loadKpiSeries(container: MedusaContainer, from: string, to: string): Promise<KpiSeriesSet> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [sales, traffic, prices] = await Promise.all([readDailySales(db, from, to), readDailyTraffic(db, from, to), readPriceChanges(db, from, to)])
  const all = kpiSeriesFromRollups({ sales, traffic: traffic.length ? traffic : undefined, priceChanges: prices }, from, to)
  const series: DailySeries[] = []
  const specs: Record<string, MetricSpec> = {}
  const labels: Record<string, string> = {}
  const add = (metric: string, s: DailySeries, spec: MetricSpec, label: string) => {
    const values = Float64Array.from(s.values as ArrayLike<number>)
    const first = values.findIndex((v) => Number.isFinite(v) && v > 0)
    if (first === -1) return
    for (let i = 0; i < first; i++) values[i] = NaN
    series.push({ metric, startDay: s.startDay, values })
    specs[metric] = spec
    labels[metric] = label
  }
  // the refund rate's count is the refunded orders: a move from one refund a day to two is not an incident
  const refunded = kpiSeriesFromRollups({ sales: sales.map((r) => ({ ...r, orders: r.refunded_orders })) }, from, to).orders
  const counts: Record<string, DailySeries> = { orders: all.orders, refund_rate: { ...refunded, metric: "refunded_orders" } }
  const currencies = [...new Set(sales.map((r) => r.currency_code))].sort()
  for (const cur of currencies) {
    const one = kpiSeriesFromRollups({ sales: sales.filter((r) => r.currency_code === cur) }, from, to)
    const suffix = currencies.length > 1 ? ` (${cur.toUpperCase()})` : ""
    add(`gmv:${cur}`, one.gmv, KPI_METRICS.gmv, `GMV${suffix}`)
    add(`promotion_burn:${cur}`, one.promotion_burn, KPI_METRICS.promotion_burn, `promotion burn${suffix}`)
    counts[`gmv:${cur}`] = { ...one.orders, metric: `orders:${cur}` }
  }
  for (const m of ["orders", "refund_rate", "conversion", "event_volume", "price_changes"] as KpiMetric[]) add(m, all[m], KPI_METRICS[m], KPI_METRICS[m].label)
  return { series, specs, labels, counts, from, to }
}

/**
 * Detects anomalies in every series, drops those of GMV, orders and the refund rate that the day's order (or refund)
 * count does not support (a currency expecting 4 orders a day gets none now and then: lib `countSupportsAnomaly`), and
 * groups the rest into incidents (one incident, one alert).
 */
function trailingMedian(values: ArrayLike<number>, i: number, days: number): number {
  const window: number[] = []
  for (let j = Math.max(0, i - days); j < i; j++) if (Number.isFinite(values[j])) window.push(Number(values[j]))
  if (!window.length) return NaN
  window.sort((a, b) => a - b)
  const m = window.length >> 1
  return window.length % 2 ? window[m] : (window[m - 1] + window[m]) / 2
}

export function detectKpiIncidents(set: KpiSeriesSet, fromIndex: number): { results: SeriesAnomalies[]; incidents: Incident[] } {
  const results = set.series.map((s) => detectSeriesAnomalies(s, set.specs[s.metric], { fromIndex }))
  const expectedCounts = new Map<string, { values: ArrayLike<number>; expected: Float64Array }>()
  for (const [metric, c] of Object.entries(set.counts)) {
    expectedCounts.set(metric, { values: c.values, expected: detectSeriesAnomalies(c, KPI_METRICS.orders, { fromIndex }).expected })
  }
  for (const r of results) {
    const c = expectedCounts.get(r.metric)
    if (!c) continue
    r.anomalies = r.anomalies.filter((p) => {
      const i = p.day - r.startDay
      // where the count's own baseline could not be fitted (a flat series), the median of the four weeks before
      const expected = Number.isFinite(c.expected[i]) ? c.expected[i] : trailingMedian(c.values, i, 28)
      return countSupportsAnomaly(p.direction, Number(c.values[i]), expected, VOLUME_ALPHA)
    })
  }
  return { results, incidents: groupIncidents(results, { labels: set.labels, maxGapDays: MAX_GAP_DAYS }) }
}

export type AnomalyRunResult = { scored: { from: string; to: string }; incidents: number; opened: number; updated: number; alerts: number; keys: string[] }

type Db = any

async function upsertIncident(db: Db, i: Incident, now: Date): Promise<{ id: string; fresh: boolean; escalated: boolean }> {
  const r = await db.raw(
    `insert into finesse_risk_incident (id, key, start_day, end_day, metrics, severity, direction, summary, peak, points, status, detected_at)
     values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?::jsonb, ?::jsonb, 'open', ?)
     on conflict (key) where deleted_at is null do update set
       end_day = greatest(finesse_risk_incident.end_day, excluded.end_day),
       metrics = excluded.metrics,
       severity = case when array_position(array['warning','major','critical'], excluded.severity) > array_position(array['warning','major','critical'], finesse_risk_incident.severity)
                       then excluded.severity else finesse_risk_incident.severity end,
       direction = excluded.direction, summary = excluded.summary, peak = excluded.peak, points = excluded.points, updated_at = now()
     returning id, (xmax = 0) as fresh`,
    [generateEntityId(undefined, "frinc"), i.key, i.start, i.end, i.metrics, i.severity, i.direction, i.summary, JSON.stringify(i.peak), JSON.stringify(i.points), now]
  )
  return { id: r.rows[0].id, fresh: !!r.rows[0].fresh, escalated: false }
}

/** One notification per incident (the alert row is unique per incident; the module's idempotency key guards a retry). */
async function alertIncident(container: MedusaContainer, incidentId: string, i: Incident, labels: Record<string, string>): Promise<boolean> {
  const { db, risk } = riskServices(container)
  const opts = risk.options()
  const channel = opts.alertChannel ?? "feed"
  const title = `KPI alert (${i.severity}): ${i.metrics.map((m) => labels[m] ?? m).join(", ")} ${i.direction === "down" ? "dropped" : i.direction === "up" ? "jumped" : "moved"}`
  const description = i.summary
  const claimed = await db.raw(
    `insert into finesse_risk_alert (id, incident_id, severity, channel, title, description, status, sent_at)
     values (?, ?, ?, ?, ?, ?, 'sent', now()) on conflict (incident_id) where deleted_at is null do nothing returning id`,
    [generateEntityId(undefined, "fralr"), incidentId, i.severity, channel, title, description]
  )
  if (!claimed.rows.length) return false
  const alertId = claimed.rows[0].id
  try {
    const sent = await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: opts.alertTo ?? "",
      channel,
      template: "admin-ui",
      data: { title, description, severity: i.severity, incident_key: i.key },
      trigger_type: "finesse.risk.kpi_alert",
      resource_id: incidentId,
      resource_type: "finesse_risk_incident",
      idempotency_key: `finesse-risk-incident-${i.key}`,
    })
    const id = (Array.isArray(sent) ? sent[0] : sent)?.id ?? null
    await db.raw(`update finesse_risk_alert set notification_id = ?, updated_at = now() where id = ?`, [id, alertId])
  } catch (e) {
    await db.raw(`update finesse_risk_alert set status = 'failed', error = ?, updated_at = now() where id = ?`, [(e as Error).message.slice(0, 500), alertId])
  }
  return true
}

/**
 * The KPI anomaly job's engine: scores the last `scoreDays` complete days (up to the day before `asOf`) of every
 * watched KPI against its seasonal baseline, groups anomalous days into incidents (one incident, one alert), upserts
 * them by their stable key and sends one notification per new incident. Safe to run twice: the same days give the
 * same incidents and no second alert.
 */
export async function runAnomalyDetection(
  container: MedusaContainer,
  opts: { asOf?: Date; scoreDays?: number; report?: (pct: number, msg: string) => Promise<void> } = {}
): Promise<AnomalyRunResult> {
  const asOf = opts.asOf ?? new Date()
  const last = dayOfInstant(asOf.getTime()) - 1
  const to = isoDay(last)
  const from = isoDay(last - HISTORY_DAYS + 1)
  const scoreDays = Math.max(1, Math.min(opts.scoreDays ?? 14, HISTORY_DAYS))
  await opts.report?.(5, `reading ${HISTORY_DAYS} days of rollups`)
  const set = await loadKpiSeries(container, from, to)
  await opts.report?.(40, `scoring the last ${scoreDays} days of ${set.series.length} KPIs`)
  const n = last - epochDay(from) + 1
  const run = detectKpiIncidents(set, n - scoreDays)
  const { db } = riskServices(container)
  let opened = 0
  let updated = 0
  let alerts = 0
  const now = new Date()
  for (const inc of run.incidents) {
    const r = await upsertIncident(db, inc, now)
    if (r.fresh) opened++
    else updated++
    if (await alertIncident(container, r.id, inc, set.labels)) alerts++
  }
  await opts.report?.(100, `${run.incidents.length} incidents (${opened} new, ${alerts} alerts sent)`)
  return { scored: { from: isoDay(last - scoreDays + 1), to }, incidents: run.incidents.length, opened, updated, alerts, keys: run.incidents.map((i) => i.key) }
}

export type MetricSeriesView = { metric: string; label: string; points: Array<{ day: string; observed: number | null; expected: number | null; score: number | null }> }

/** Observed, expected and score per day of the last `days` of each KPI (or of `metrics`), for the admin's charts. */
export async function kpiSeriesView(container: MedusaContainer, opts: { days: number; to?: string; metrics?: string[] }): Promise<MetricSeriesView[]> {
  const last = opts.to ? epochDay(opts.to) : dayOfInstant(Date.now()) - 1
  const first = last - opts.days + 1
  const from = isoDay(first - 2 * 56 - 7)
  const set = await loadKpiSeries(container, from, isoDay(last))
  const wanted = opts.metrics ? set.series.filter((s) => opts.metrics!.includes(s.metric)) : set.series
  const n = last - epochDay(from) + 1
  const run = detectKpiIncidents({ ...set, series: wanted }, n - opts.days)
  const fin = (v: number) => (Number.isFinite(v) ? v : null)
  return run.results.map((r, k) => {
    const s = wanted[k]
    const points = []
    for (let i = n - opts.days; i < n; i++) points.push({ day: isoDay(s.startDay + i), observed: fin(Number(s.values[i])), expected: fin(r.expected[i]), score: fin(r.scores[i]) })
    return { metric: r.metric, label: set.labels[r.metric] ?? r.metric, points }
  })
}
