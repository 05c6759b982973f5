import { cohortMatrix, compareSummaries, kpiSeries, previousDays, summarize, type DailySales, type DailyTraffic } from "../kpi-report"
import { retentionCohorts } from "../retention-cohorts"

const zeroSales = {
  orders: 0, canceled_orders: 0, units: 0, gross: 0, subtotal: 0, discount: 0, shipping: 0, tax: 0, refunds: 0, cost: 0,
  margin: 0, costed_revenue: 0, costed_margin: 0, first_orders: 0, repeat_orders: 0, guest_orders: 0, refunded_orders: 0,
}
const zeroTraffic = {
  events: 0, sessions: 0, visitors: 0, product_views: 0, searches: 0, cart_adds: 0, checkouts: 0, sessions_viewed: 0,
  sessions_carted: 0, sessions_checkout: 0, sessions_ordered: 0,
}
const sales: DailySales[] = [
  { ...zeroSales, day: "2026-03-02", orders: 2, gross: 10000, units: 3, refunds: 1000, margin: 3000, costed_revenue: 8000, costed_margin: 2400, first_orders: 1, repeat_orders: 1, canceled_orders: 1 },
  { ...zeroSales, day: "2026-03-04", orders: 1, gross: 5000, units: 1, margin: 1000, costed_revenue: 0, costed_margin: 0, repeat_orders: 1 },
  { ...zeroSales, day: "2026-03-10", orders: 1, gross: 3000, units: 2, margin: 900, costed_revenue: 3000, costed_margin: 900, first_orders: 1 },
]
const traffic: DailyTraffic[] = [
  { ...zeroTraffic, day: "2026-03-02", sessions: 40, visitors: 30, sessions_ordered: 2 },
  { ...zeroTraffic, day: "2026-03-10", sessions: 10, visitors: 10, sessions_ordered: 1 },
]

describe("summarize", () => {
  it("sums money and counts and derives the rates", () => {
    const s = summarize(sales, traffic, { customers: 3, new_customers: 2, repeat_customers: 1 })
    expect(s).toMatchObject({
      gmv: 18000,
      net_revenue: 17000,
      orders: 4,
      aov: 4500,
      units: 6,
      gross_margin: 4900,
      margin_rate: 3300 / 11000,
      customers: 3,
      new_customers: 2,
      returning_customers: 1,
      repeat_purchase_rate: 1 / 3,
      sessions: 50,
      conversion_rate: 3 / 50,
      refund_rate: 1000 / 18000,
      canceled_orders: 1,
      cancellation_rate: 1 / 5,
    })
  })

  it("gives null rates, not NaN, on an empty range", () => {
    const s = summarize([], [], { customers: 0, new_customers: 0, repeat_customers: 0 })
    expect([s.aov, s.margin_rate, s.conversion_rate, s.repeat_purchase_rate, s.refund_rate]).toEqual([null, null, null, null, null])
  })
})

describe("kpiSeries", () => {
  it("buckets by ISO week from Monday and keeps empty weeks", () => {
    const pts = kpiSeries(sales, traffic, "2026-03-01", "2026-03-21", "week")
    // 2026-03-01 is a Sunday: its week starts Monday 2026-02-23
    expect(pts.map((p) => p.bucket)).toEqual(["2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16"])
    expect(pts.map((p) => p.gmv)).toEqual([0, 15000, 3000, 0])
    expect(pts[1]).toMatchObject({ orders: 3, aov: 5000, sessions: 40, conversion_rate: 2 / 40, first_orders: 1, repeat_orders: 2 })
    expect(pts[3].conversion_rate).toBeNull()
  })
})

describe("compareSummaries and previousDays", () => {
  it("compares with the period of the same length just before", () => {
    expect(previousDays("2026-03-01", "2026-03-31")).toEqual({ from: "2026-01-29", to: "2026-02-28" })
    const cur = summarize(sales, traffic, { customers: 3, new_customers: 2, repeat_customers: 1 })
    const prev = summarize(sales.slice(0, 1), [], { customers: 2, new_customers: 2, repeat_customers: 0 })
    const c = compareSummaries(cur, prev)
    expect(c.gmv).toEqual({ value: 18000, previous: 10000, change: 0.8 })
    expect(c.sessions).toEqual({ value: 50, previous: 0, change: null })
    expect(compareSummaries(cur, null).orders).toEqual({ value: 4, previous: null, change: null })
  })
})

describe("cohortMatrix", () => {
  it("matches the per-customer cohort computation on the same orders", () => {
    const t = (s: string) => Date.parse(`${s}T12:00:00Z`)
    const customers = [
      [t("2026-01-05"), t("2026-02-10"), t("2026-04-01")],
      [t("2026-01-20")],
      [t("2026-02-02"), t("2026-02-20"), t("2026-03-03")],
      [t("2026-03-30"), t("2026-04-02")],
    ]
    const month = (x: number) => new Date(x).toISOString().slice(0, 7)
    const counts = new Map<string, Set<number>>()
    customers.forEach((orders, c) => {
      const cohort = month(Math.min(...orders))
      for (const o of orders) {
        const key = `${cohort}|${month(o)}`
        if (!counts.has(key)) counts.set(key, new Set())
        counts.get(key)!.add(c)
      }
    })
    const rows = [...counts].map(([k, s]) => ({ cohort_month: k.split("|")[0], active_month: k.split("|")[1], customers: s.size }))
    const mine = cohortMatrix(rows, "2026-04")
    const oracle = retentionCohorts(customers, { until: t("2026-04-15") })
    expect(mine.map(({ cohort, size, active }) => ({ cohort, size, active }))).toEqual(
      oracle.map(({ cohort, size, active }) => ({ cohort, size, active }))
    )
    expect(mine[0]).toMatchObject({ cohort: "2026-01", size: 2, active: [2, 1, 0, 1], shares: [1, 0.5, 0, 0.5] })
  })
})
