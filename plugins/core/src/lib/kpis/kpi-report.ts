import { bucketKey, bucketKeys, type Interval } from "./intervals"
import { relativeChange } from "./previous-period"

/** One day of `finesse_daily_sales`, summed over the selected dimensions (money in minor units). */
export type DailySales = {
  day: string
  orders: number
  canceled_orders: number
  units: number
  gross: number
  subtotal: number
  discount: number
  shipping: number
  tax: number
  refunds: number
  cost: number
  margin: number
  costed_revenue: number
  costed_margin: number
  first_orders: number
  repeat_orders: number
  guest_orders: number
  refunded_orders: number
}

/** One day of `finesse_daily_traffic`, summed over the selected sales channels. */
export type DailyTraffic = {
  day: string
  events: number
  sessions: number
  visitors: number
  product_views: number
  searches: number
  cart_adds: number
  checkouts: number
  sessions_viewed: number
  sessions_carted: number
  sessions_checkout: number
  sessions_ordered: number
}

/** Distinct customers over the whole range (not additive over days, so computed from the facts). */
export type CustomerCounts = {
  /** customers with an order in the range */
  customers: number
  /** … whose first order ever is in the range */
  new_customers: number
  /** … who had at least two orders by the end of the range */
  repeat_customers: number
}

export type KpiSummary = {
  gmv: number
  net_revenue: number
  orders: number
  aov: number | null
  units: number
  discounts: number
  refunds: number
  gross_margin: number
  margin_rate: number | null
  customers: number
  new_customers: number
  returning_customers: number
  repeat_purchase_rate: number | null
  sessions: number
  visitors: number
  conversion_rate: number | null
  refund_rate: number | null
  canceled_orders: number
  cancellation_rate: number | null
}

export type KpiPoint = {
  bucket: string
  gmv: number
  net_revenue: number
  orders: number
  aov: number | null
  units: number
  gross_margin: number
  first_orders: number
  repeat_orders: number
  sessions: number
  conversion_rate: number | null
}

const ratio = (a: number, b: number) => (b ? a / b : null)

function sumSales(rows: DailySales[]) {
  const t = { orders: 0, canceled_orders: 0, units: 0, gross: 0, discount: 0, refunds: 0, margin: 0, costed_revenue: 0, costed_margin: 0, first_orders: 0, repeat_orders: 0 }
  for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += Number(r[k]) || 0
  return t
}

function sumTraffic(rows: DailyTraffic[]) {
  const t = { sessions: 0, visitors: 0, sessions_ordered: 0 }
  for (const r of rows) for (const k of Object.keys(t) as (keyof typeof t)[]) t[k] += Number(r[k]) || 0
  return t
}

/**
 * Summary KPIs of a range. GMV is the total of non-canceled orders (goods after discounts, shipping, tax); net
 * revenue is GMV less refunds; AOV is GMV per order; margin % is margin over goods revenue, counting only orders
 * whose every line has a cost; conversion is sessions with an order over sessions; refund rate is refunds over GMV.
 * Visitors are summed per day (a visitor on two days counts twice).
 */
export function summarize(sales: DailySales[], traffic: DailyTraffic[], customers: CustomerCounts): KpiSummary {
  const s = sumSales(sales)
  const t = sumTraffic(traffic)
  return {
    gmv: s.gross,
    net_revenue: s.gross - s.refunds,
    orders: s.orders,
    aov: s.orders ? Math.round(s.gross / s.orders) : null,
    units: s.units,
    discounts: s.discount,
    refunds: s.refunds,
    gross_margin: s.margin,
    margin_rate: ratio(s.costed_margin, s.costed_revenue),
    customers: customers.customers,
    new_customers: customers.new_customers,
    returning_customers: customers.customers - customers.new_customers,
    repeat_purchase_rate: ratio(customers.repeat_customers, customers.customers),
    sessions: t.sessions,
    visitors: t.visitors,
    conversion_rate: ratio(t.sessions_ordered, t.sessions),
    refund_rate: ratio(s.refunds, s.gross),
    canceled_orders: s.canceled_orders,
    cancellation_rate: ratio(s.canceled_orders, s.orders + s.canceled_orders),
  }
}

/** Per-bucket series over the days [from, to] (inclusive UTC days), empty buckets as zeros. */
export function kpiSeries(sales: DailySales[], traffic: DailyTraffic[], from: string, to: string, interval: Interval): KpiPoint[] {
  const start = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`) + 86_400_000
  const keys = bucketKeys(start, end, interval)
  const bySales = new Map<string, DailySales[]>()
  const byTraffic = new Map<string, DailyTraffic[]>()
  for (const r of sales) {
    const k = bucketKey(Date.parse(`${r.day}T00:00:00Z`), interval)
    bySales.set(k, [...(bySales.get(k) ?? []), r])
  }
  for (const r of traffic) {
    const k = bucketKey(Date.parse(`${r.day}T00:00:00Z`), interval)
    byTraffic.set(k, [...(byTraffic.get(k) ?? []), r])
  }
  return keys.map((bucket) => {
    const s = sumSales(bySales.get(bucket) ?? [])
    const t = sumTraffic(byTraffic.get(bucket) ?? [])
    return {
      bucket,
      gmv: s.gross,
      net_revenue: s.gross - s.refunds,
      orders: s.orders,
      aov: s.orders ? Math.round(s.gross / s.orders) : null,
      units: s.units,
      gross_margin: s.margin,
      first_orders: s.first_orders,
      repeat_orders: s.repeat_orders,
      sessions: t.sessions,
      conversion_rate: ratio(t.sessions_ordered, t.sessions),
    }
  })
}

export type Change = { value: number | null; previous: number | null; change: number | null }

/** Each summary KPI with its value in the previous period and the relative change (null without a base). */
export function compareSummaries(current: KpiSummary, previous: KpiSummary | null): Record<keyof KpiSummary, Change> {
  const out = {} as Record<keyof KpiSummary, Change>
  for (const k of Object.keys(current) as (keyof KpiSummary)[]) {
    const v = current[k]
    const p = previous ? previous[k] : null
    out[k] = { value: v, previous: p, change: v == null || p == null ? null : relativeChange(v, p) }
  }
  return out
}

/** The inclusive day range of the same length just before [from, to]. */
export function previousDays(from: string, to: string): { from: string; to: string } {
  const a = Date.parse(`${from}T00:00:00Z`)
  const b = Date.parse(`${to}T00:00:00Z`)
  const len = b - a + 86_400_000
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  return { from: iso(a - len), to: iso(a - 86_400_000) }
}

/** A cohort matrix from precomputed (cohort month, active month, customers) counts. */
export function cohortMatrix(
  counts: { cohort_month: string; active_month: string; customers: number }[],
  lastMonth: string
): { cohort: string; size: number; active: number[]; shares: (number | null)[] }[] {
  const idx = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1
  const last = idx(lastMonth)
  const byCohort = new Map<string, Map<number, number>>()
  for (const c of counts) {
    if (idx(c.cohort_month) > last) continue
    if (!byCohort.has(c.cohort_month)) byCohort.set(c.cohort_month, new Map())
    byCohort.get(c.cohort_month)!.set(idx(c.active_month) - idx(c.cohort_month), Number(c.customers))
  }
  const label = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`
  const first = Math.min(...[...byCohort.keys()].map(idx))
  // every month from the first cohort to the last gets a row, so the matrix has no holes
  const cohorts = Number.isFinite(first) ? Array.from({ length: last - first + 1 }, (_, i) => label(first + i)) : []
  return cohorts.map((cohort) => {
    const m = byCohort.get(cohort) ?? new Map<number, number>()
    const size = m.get(0) ?? 0
    const width = last - idx(cohort) + 1
    const active = Array.from({ length: width }, (_, k) => m.get(k) ?? 0)
    return { cohort, size, active, shares: active.map((a) => (size ? a / size : null)) }
  })
}
