// Delivery performance: promised against actual delivery per shipment, late rates by carrier, location or region
// with a Wilson score interval (E. B. Wilson, "Probable inference, the law of succession, and statistical
// inference", JASA 22, 1927), so a late rate from 8 parcels is not read like one from 800.

export type DeliveryRecord = {
  id: string
  carrier: string | null
  location: string | null
  region: string | null
  /** epoch ms */
  shipped_at: number | null
  promised_at: number | null
  delivered_at: number | null
}

export const DIMENSIONS = ["carrier", "location", "region"] as const
export type Dimension = (typeof DIMENSIONS)[number]

export type DeliveryStatsRow = {
  key: string
  shipments: number
  delivered: number
  on_time: number
  late: number
  /** late / delivered (0 when none delivered) */
  late_rate: number
  late_rate_low: number
  late_rate_high: number
  /** mean hours past the promise of the late ones */
  mean_delay_hours: number | null
  /** 90th percentile of hours past the promise among the late */
  p90_delay_hours: number | null
  /** not delivered and already past the promise */
  overdue_open: number
  /** mean hours from hand-over to delivery */
  mean_transit_hours: number | null
}

const HOUR = 3_600_000

/** Wilson score interval of x successes in n trials at z (1.96 ≈ 95 %). */
export function wilsonInterval(x: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1]
  const p = x / n
  const z2 = z * z
  const denom = 1 + z2 / n
  const centre = (p + z2 / (2 * n)) / denom
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom
  return [Math.max(0, centre - half), Math.min(1, centre + half)]
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const r3 = (x: number) => Math.round(x * 1000) / 1000
const r1 = (x: number) => Math.round(x * 10) / 10

/** A delivery is late when it arrived after its promise; one without a promise is never late. */
export function isLate(r: DeliveryRecord): boolean {
  return r.delivered_at !== null && r.promised_at !== null && r.delivered_at > r.promised_at
}

export function deliveryStats(records: readonly DeliveryRecord[], dim: Dimension, now: number): DeliveryStatsRow[] {
  const groups = new Map<string, DeliveryRecord[]>()
  for (const r of records) {
    const k = r[dim] ?? "(none)"
    const g = groups.get(k)
    if (g) g.push(r)
    else groups.set(k, [r])
  }
  const rows: DeliveryStatsRow[] = []
  for (const [key, rs] of groups) {
    const delivered = rs.filter((r) => r.delivered_at !== null)
    const late = delivered.filter(isLate)
    const delays = late.map((r) => (r.delivered_at! - r.promised_at!) / HOUR).sort((a, b) => a - b)
    const transit = delivered.filter((r) => r.shipped_at !== null).map((r) => (r.delivered_at! - r.shipped_at!) / HOUR)
    const [lo, hi] = wilsonInterval(late.length, delivered.length)
    rows.push({
      key,
      shipments: rs.length,
      delivered: delivered.length,
      on_time: delivered.length - late.length,
      late: late.length,
      late_rate: delivered.length ? r3(late.length / delivered.length) : 0,
      late_rate_low: r3(lo),
      late_rate_high: r3(hi),
      mean_delay_hours: delays.length ? r1(delays.reduce((a, b) => a + b, 0) / delays.length) : null,
      p90_delay_hours: delays.length ? r1(percentile(delays, 90)!) : null,
      overdue_open: rs.filter((r) => r.delivered_at === null && r.promised_at !== null && r.promised_at < now).length,
      mean_transit_hours: transit.length ? r1(transit.reduce((a, b) => a + b, 0) / transit.length) : null,
    })
  }
  return rows.sort((a, b) => b.late_rate - a.late_rate || b.shipments - a.shipments || a.key.localeCompare(b.key))
}

/** Late rate per ISO week (Monday start, by promised date) and group, for the trend chart. */
export function weeklyLateRate(records: readonly DeliveryRecord[], dim: Dimension): { week: string; key: string; delivered: number; late: number; late_rate: number }[] {
  const m = new Map<string, { week: string; key: string; delivered: number; late: number }>()
  for (const r of records) {
    if (r.delivered_at === null || r.promised_at === null) continue
    const d = new Date(r.promised_at)
    const monday = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * 86_400_000
    const week = new Date(monday).toISOString().slice(0, 10)
    const key = r[dim] ?? "(none)"
    const id = `${week}\u0000${key}`
    const s = m.get(id) ?? { week, key, delivered: 0, late: 0 }
    s.delivered++
    if (isLate(r)) s.late++
    m.set(id, s)
  }
  return [...m.values()]
    .map((s) => ({ ...s, late_rate: r3(s.late / s.delivered) }))
    .sort((a, b) => a.week.localeCompare(b.week) || a.key.localeCompare(b.key))
}
