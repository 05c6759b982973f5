import { UnionFind } from "../graph/union-find"
import { pearson } from "../math/robust"
import { isoDay } from "./epoch-day"
import type { AnomalyPoint, Direction, SeriesAnomalies, Severity } from "./detect-anomalies"

export type Incident = {
  /** Stable while the incident grows: its first day and the first metric (by name) anomalous that day. */
  key: string
  startDay: number
  endDay: number
  start: string
  end: string
  metrics: string[]
  points: AnomalyPoint[]
  /** The point with the largest |score|. */
  peak: AnomalyPoint
  severity: Severity
  direction: Direction | "mixed"
  /** "GMV −62 % and orders −60 % on 2024-03-05 (2 days, critical)". */
  summary: string
}

export type GroupOptions = {
  /** Normal days allowed inside one incident of a metric (1: anomalies on days d and d + 2 are one incident). */
  maxGapDays?: number
  /**
   * Metrics anomalous on the same day join one incident when their day-to-day scores are correlated at least
   * this much (Pearson on z clipped to ±5, over the days both were scored): an outage moves GMV, orders and
   * events together; an unrelated promotion spike the same day stays its own alert. 0 joins every same-day pair.
   */
  minCorrelation?: number
  /** Display names for summaries ("gmv" → "GMV"). */
  labels?: Record<string, string>
}

const RANK: Record<Severity, number> = { warning: 0, major: 1, critical: 2 }

function clipped(s: SeriesAnomalies, from: number, to: number): Float64Array {
  const out = new Float64Array(to - from + 1).fill(NaN)
  for (let i = 0; i < s.scores.length; i++) {
    const d = s.startDay + i - from
    if (d >= 0 && d < out.length && Number.isFinite(s.scores[i])) out[d] = Math.max(-5, Math.min(5, s.scores[i]))
  }
  return out
}

function change(p: AnomalyPoint): string {
  if (!(p.expected > 0) || !Number.isFinite(p.expected)) return `${p.score >= 0 ? "+" : ""}${p.score.toFixed(1)} σ`
  const pct = (p.observed / p.expected - 1) * 100
  return `${pct >= 0 ? "+" : "−"}${Math.abs(pct).toFixed(0)} %`
}

/**
 * Groups anomalous days into incidents so that one incident is one alert: consecutive or near-consecutive days of
 * a metric, and correlated metrics on the same day, are joined (union-find, so overlaps chain: GMV down on days
 * 1–2 and orders down on 2–3 make one incident). Incidents come sorted by start day.
 */
export function groupIncidents(results: readonly SeriesAnomalies[], options: GroupOptions = {}): Incident[] {
  const maxGap = options.maxGapDays ?? 1
  const minCorr = options.minCorrelation ?? 0.2
  const labels = options.labels ?? {}
  const points: AnomalyPoint[] = results.flatMap((r) => r.anomalies)
  if (!points.length) return []
  points.sort((a, b) => a.day - b.day || a.metric.localeCompare(b.metric))
  const uf = new UnionFind(points.length)
  points.forEach(() => uf.add())
  const lastOfMetric = new Map<string, number>()
  points.forEach((p, i) => {
    const prev = lastOfMetric.get(p.metric)
    if (prev !== undefined && p.day - points[prev].day <= maxGap + 1) uf.union(prev, i)
    lastOfMetric.set(p.metric, i)
  })
  // correlation of the metrics' scores, computed once per pair that meets on some day
  let from = Infinity
  let to = -Infinity
  for (const r of results) {
    from = Math.min(from, r.startDay)
    to = Math.max(to, r.startDay + r.scores.length - 1)
  }
  const byMetric = new Map(results.map((r) => [r.metric, r]))
  const series = new Map<string, Float64Array>()
  const corr = new Map<string, number>()
  const correlated = (a: string, b: string): boolean => {
    if (minCorr <= 0) return true
    const id = a < b ? `${a}|${b}` : `${b}|${a}`
    let c = corr.get(id)
    if (c === undefined) {
      for (const m of [a, b]) if (!series.has(m)) series.set(m, clipped(byMetric.get(m)!, from, to))
      c = pearson(series.get(a)!, series.get(b)!)
      corr.set(id, c)
    }
    return Math.abs(c) >= minCorr
  }
  for (let i = 0; i < points.length; ) {
    let j = i
    while (j + 1 < points.length && points[j + 1].day === points[i].day) j++
    for (let a = i; a <= j; a++) for (let b = a + 1; b <= j; b++) if (correlated(points[a].metric, points[b].metric)) uf.union(a, b)
    i = j + 1
  }
  const groups = new Map<number, AnomalyPoint[]>()
  points.forEach((p, i) => {
    const r = uf.find(i)
    const g = groups.get(r)
    if (g) g.push(p)
    else groups.set(r, [p])
  })
  const incidents: Incident[] = []
  for (const g of groups.values()) {
    const startDay = g[0].day
    const endDay = g[g.length - 1].day
    const metrics = [...new Set(g.map((p) => p.metric))].sort()
    const peak = g.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a))
    const severity = g.reduce<Severity>((s, p) => (RANK[p.severity] > RANK[s] ? p.severity : s), "warning")
    const dirs = new Set(g.map((p) => p.direction))
    const direction = dirs.size === 1 ? g[0].direction : "mixed"
    const firstMetric = g.filter((p) => p.day === startDay).map((p) => p.metric).sort()[0]
    const peakDay = g.filter((p) => p.day === peak.day)
    const what = peakDay.map((p) => `${labels[p.metric] ?? p.metric} ${change(p)}`).join(" and ")
    const days = endDay - startDay + 1
    incidents.push({
      key: `${isoDay(startDay)}:${firstMetric}`,
      startDay,
      endDay,
      start: isoDay(startDay),
      end: isoDay(endDay),
      metrics,
      points: g,
      peak,
      severity,
      direction,
      summary: `${what} on ${peak.date}${days > 1 ? ` (${days} days from ${isoDay(startDay)}` : " ("}${days > 1 ? ", " : ""}${severity})`,
    })
  }
  incidents.sort((a, b) => a.startDay - b.startDay || a.key.localeCompare(b.key))
  return incidents
}
