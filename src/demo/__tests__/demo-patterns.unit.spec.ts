import { describeDemoPlan } from "../describe-demo-plan"
import { planDemoStore } from "../plan-demo-store"
import { BEHAVIOURS, type Behaviour, type DemoOrder, type DemoPlan } from "../types"
import type { PricingTruth } from "../plants/pricing"
import { fullPlan, groupBy, ms } from "./plan-fixture"

jest.setTimeout(120_000)

const DAY = 86_400_000

function ordersOf(plan: DemoPlan): Map<string, DemoOrder[]> {
  return groupBy(plan.orders, (o) => o.customerKey)
}

/** Runs the pattern checks on the main plan and on another seed with a mid-month `until`, so they are not luck. */
const plans: [string, () => DemoPlan][] = [
  ["seed 42, until 2025-10-31, scale 1", fullPlan],
  ["seed 2024, until 2026-03-15, scale 0.3", () => planDemoStore({ seed: 2024, scale: 0.3, until: "2026-03-15" })],
]

describe.each(plans)("planted patterns (%s)", (_name, make) => {
  const plan = make()
  const summary = describeDemoPlan(plan)
  const byCustomer = ordersOf(plan)
  const customersOf = (b: Behaviour) => plan.customers.filter((c) => c.behaviour === b)
  const until = plan.options.until

  it("covers at least 12 full months ending on `until`", () => {
    const months = Object.keys(summary.ordersPerMonth).sort()
    expect(months).toHaveLength(13)
    expect(months[12]).toBe(until.slice(0, 7))
    expect(plan.orders[0].created_at >= plan.historyStart).toBe(true)
    expect(plan.orders[plan.orders.length - 1].created_at <= plan.historyEnd).toBe(true)
  })

  it("peaks in November and December, clearly above the monthly mean of full months", () => {
    const full = Object.entries(summary.ordersPerMonth).filter(([m]) => m !== until.slice(0, 7) || until.endsWith("-31") || until.endsWith("-30"))
    const mean = full.reduce((s, [, n]) => s + n, 0) / full.length
    for (const [month, n] of full) {
      if (month.endsWith("-11") || month.endsWith("-12")) expect(n).toBeGreaterThan(mean * 1.25)
    }
    const low = full.filter(([m]) => /-0[2-5]$/.test(m)).map(([, n]) => n)
    const peak = full.filter(([m]) => /-1[12]$/.test(m)).map(([, n]) => n)
    expect(Math.min(...peak)).toBeGreaterThan(Math.max(...low))
  })

  it("has a weekly pattern: Sundays busiest, Fridays quietest", () => {
    const w = summary.ordersPerWeekday
    expect(w.indexOf(Math.max(...w))).toBe(0)
    expect(w[0]).toBeGreaterThan(w[5] * 1.2)
  })

  it("has a summer sale: the SUMMER20 weeks are busier per day than the four weeks before", () => {
    const summer = plan.promotions.find((p) => p.code === "SUMMER20")!
    const from = ms(summer.startsAt)
    const to = ms(summer.endsAt) + 1
    const perDay = (a: number, b: number) =>
      plan.orders.filter((o) => ms(o.created_at) >= a && ms(o.created_at) < b).length / ((b - a) / DAY)
    if (from - 28 * DAY < ms(plan.historyStart) || to > ms(plan.historyEnd)) return // sale at the edge of history
    expect(perDay(from, to)).toBeGreaterThan(perDay(from - 28 * DAY, from) * 1.4)
  })

  it("loyal customers order the most per customer; one-off customers exactly once", () => {
    const perCustomer = BEHAVIOURS.map((b) => [b, summary.behaviours[b].ordersPerCustomer] as const)
    const top = perCustomer.reduce((a, b) => (b[1] > a[1] ? b : a))
    expect(top[0]).toBe("loyal")
    expect(summary.behaviours.loyal.ordersPerCustomer).toBeGreaterThan(2 * summary.behaviours.bargain_hunter.ordersPerCustomer)
    expect(customersOf("one_off").filter((c) => byCustomer.get(c.key)?.length !== 1)).toEqual([])
    // loyal customers buy all year round: an order in at least 9 of the 13 months
    const months = (key: string) => new Set(byCustomer.get(key)!.map((o) => o.created_at.slice(0, 7))).size
    expect(customersOf("loyal").filter((c) => months(c.key) < 9)).toEqual([])
  })

  it("lapsed customers ordered early and not in the last 4 months", () => {
    const d = new Date(`${until}T00:00:00Z`)
    const cutoff = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 4, d.getUTCDate() + 1)).toISOString()
    const broken = customersOf("lapsed").filter((c) => {
      const orders = byCustomer.get(c.key) ?? []
      return orders.length < 3 || orders.some((o) => o.created_at >= cutoff)
    })
    expect(broken).toEqual([])
  })

  it("new customers joined in the last 2 months and ordered only since", () => {
    const since = new Date(ms(plan.historyEnd) + 1 - 61 * DAY).toISOString()
    const broken = customersOf("new").filter(
      (c) => c.created_at < since || (byCustomer.get(c.key) ?? []).some((o) => o.created_at <= c.created_at)
    )
    expect(broken).toEqual([])
    // and nobody else joined that recently... except one-offs who registered at their (recent) checkout
    const others = plan.customers.filter((c) => c.behaviour !== "new" && c.behaviour !== "one_off" && c.created_at >= since)
    expect(others.length).toBeLessThan(plan.customers.length * 0.02)
  })

  it("bargain hunters use promotion codes the most, and buy mostly during sales", () => {
    const shares = BEHAVIOURS.map((b) => [b, summary.behaviours[b].promotionShare] as const)
    const top = shares.reduce((a, b) => (b[1] > a[1] ? b : a))
    expect(top[0]).toBe("bargain_hunter")
    expect(summary.behaviours.bargain_hunter.promotionShare).toBeGreaterThan(0.5)
    expect(summary.behaviours.loyal.promotionShare).toBeLessThan(0.2)
    const sales = plan.promotions.filter((p) => !p.firstOrderOnly)
    const inSale = (o: DemoOrder) => sales.some((p) => o.created_at >= p.startsAt && o.created_at <= p.endsAt)
    const behaviourOf = new Map(plan.customers.map((c) => [c.key, c.behaviour]))
    const saleShare = (b: Behaviour) => {
      const orders = plan.orders.filter((o) => behaviourOf.get(o.customerKey) === b)
      return orders.filter(inSale).length / orders.length
    }
    expect(saleShare("bargain_hunter")).toBeGreaterThan(0.5)
    expect(saleShare("loyal")).toBeLessThan(0.35)
    // and they buy cheaper baskets than everybody else
    const aov = (b: Behaviour) => summary.behaviours[b].averageSubtotal.eur ?? 0
    for (const b of BEHAVIOURS) if (b !== "bargain_hunter") expect(aov("bargain_hunter")).toBeLessThan(aov(b))
  })

  it("big spenders place the largest orders", () => {
    const aov = (b: Behaviour) => summary.behaviours[b].averageSubtotal.eur ?? 0
    for (const b of BEHAVIOURS) if (b !== "big_spender") expect(aov("big_spender")).toBeGreaterThan(2 * aov(b))
  })

  it("window shoppers look a lot and rarely buy", () => {
    const w = summary.behaviours.window_shopper
    expect(w.customersWithoutOrders / w.customers).toBeGreaterThan(0.6)
    const viewsPerOrder = (b: Behaviour) =>
      (summary.behaviours[b].productViewsPerCustomer * summary.behaviours[b].customers) / Math.max(1, summary.behaviours[b].orders)
    for (const b of BEHAVIOURS) if (b !== "window_shopper") expect(viewsPerOrder("window_shopper")).toBeGreaterThan(3 * viewsPerOrder(b))
    expect(w.productViewsPerCustomer).toBeGreaterThan(summary.behaviours.one_off.productViewsPerCustomer * 2)
  })

  it("cancels about 3 % of orders and returns about 6 % of completed ones, some partly", () => {
    expect(summary.cancellationRate).toBeGreaterThan(0.02)
    expect(summary.cancellationRate).toBeLessThan(0.04)
    expect(summary.returnRate).toBeGreaterThan(0.045)
    expect(summary.returnRate).toBeLessThan(0.075)
    expect(summary.partialReturnShare).toBeGreaterThan(0.1)
    expect(summary.partialReturnShare).toBeLessThan(0.6)
  })

  it("has a funnel that narrows at every step", () => {
    const f = summary.funnel
    expect(f.ordered).toBe(plan.orders.length)
    expect(f.checkout_started).toBeGreaterThan(f.ordered * 1.1)
    expect(f.added_to_cart).toBeGreaterThan(f.checkout_started * 1.2)
    expect(f.viewed).toBeGreaterThan(f.added_to_cart * 1.2)
  })
})

describe("order records (scale 1)", () => {
  const plan = fullPlan()
  const customers = new Map(plan.customers.map((c) => [c.key, c]))
  const variants = new Map(plan.products.flatMap((p) => p.variants).map((v) => [v.key, v]))
  const regions = new Map(plan.regions.map((r) => [r.key, r]))
  const promotions = new Map(plan.promotions.map((p) => [p.code, p]))
  const byCustomer = ordersOf(plan)

  /** Collects the keys of orders breaking a rule, so one assertion reports them all (and runs fast). */
  function violations(rule: (o: DemoOrder) => boolean): string[] {
    return plan.orders.filter((o) => !rule(o)).map((o) => o.key).slice(0, 10)
  }

  it("are sorted by time with keys in that order", () => {
    expect(plan.orders.filter((o, i) => i > 0 && plan.orders[i - 1].created_at > o.created_at)).toEqual([])
    expect(plan.orders[0].key).toBe("ord_000001")
  })

  it("price items at the variant's price in the region's currency and add up", () => {
    // the pricing plant moves a few products' shelf price over time: their lines follow its planted schedule
    const schedules = new Map<string, { from: string; multiplier: number }[]>()
    for (const p of (plan.truth.pricing as PricingTruth | undefined)?.products ?? []) for (const v of p.variantKeys) schedules.set(v, p.schedule)
    const priceOf = (o: DemoOrder, variantKey: string) => {
      const list = variants.get(variantKey)!.prices[o.currency_code]
      const schedule = schedules.get(variantKey)
      if (!schedule) return list
      let m = 1
      for (const step of schedule) if (step.from <= o.created_at) m = step.multiplier
      return Math.round(list * m)
    }
    expect(
      violations((o) => {
        const customer = customers.get(o.customerKey)!
        return (
          o.regionKey === customer.regionKey &&
          o.currency_code === regions.get(o.regionKey)!.currency_code &&
          o.created_at > customer.created_at &&
          new Set(o.items.map((i) => i.variantKey)).size === o.items.length &&
          o.items.every((i) => i.quantity >= 1 && i.unit_price === priceOf(o, i.variantKey)) &&
          o.subtotal === o.items.reduce((s, i) => s + i.quantity * i.unit_price, 0) &&
          o.total === o.subtotal - o.discount_total + o.shipping_total &&
          o.discount_total >= 0 &&
          o.discount_total <= o.subtotal
        )
      })
    ).toEqual([])
  })

  it("use a code only while it is valid, in its region, with the planned discount", () => {
    expect(
      violations((o) => {
        if (o.promotionCode === null) return o.discount_total === 0
        const p = promotions.get(o.promotionCode)!
        const expected = p.type === "percentage" ? Math.round((o.subtotal * p.value) / 100) : Math.min(p.value, o.subtotal)
        return (
          o.created_at >= p.startsAt &&
          o.created_at <= p.endsAt &&
          p.regionKeys.includes(o.regionKey) &&
          o.discount_total === expected &&
          (p.type === "percentage" || p.currency_code === o.currency_code) &&
          (!p.firstOrderOnly || byCustomer.get(o.customerKey)![0].key === o.key)
        )
      })
    ).toEqual([])
  })

  it("cancel and return consistently", () => {
    expect(
      violations((o) => {
        if (o.status === "canceled") return o.canceled_at! >= o.created_at && o.return === undefined
        if (o.canceled_at !== undefined) return false
        if (!o.return) return true
        const r = o.return
        const bought = new Map(o.items.map((i) => [i.variantKey, i]))
        const value = r.items.reduce((s, i) => s + i.quantity * (bought.get(i.variantKey)?.unit_price ?? NaN), 0)
        return (
          r.requested_at > o.created_at &&
          r.received_at > r.requested_at &&
          r.received_at <= plan.historyEnd &&
          r.items.length > 0 &&
          r.items.every((i) => i.quantity >= 1 && i.quantity <= (bought.get(i.variantKey)?.quantity ?? 0)) &&
          r.refund_amount === Math.round((value * (o.subtotal - o.discount_total)) / o.subtotal) &&
          r.refund_amount <= o.subtotal - o.discount_total
        )
      })
    ).toEqual([])
  })
})
