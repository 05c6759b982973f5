import { synthesizePromotion, type SyntheticPromotionConfig } from "../../simulation/synthetic-promotion"
import { budgetBurn } from "../budget-burn"
import { DAY_MS, type EvalOrder } from "../evaluation-panel"
import { evaluatePromotion } from "../evaluate-promotion"
import { acquisitionRetention } from "../retention"

const START = Date.UTC(2024, 10, 1) // 2024-11-01
const END = START + 14 * DAY_MS
const base: SyntheticPromotionConfig = {
  seed: 1,
  customers: 4000,
  code: "AUTUMN",
  startsAt: START,
  endsAt: END,
  preDays: 90,
  postDays: 30,
  holdoutShare: 0.2,
  ordersPerDay: 1 / 30,
  meanSubtotal: 5000,
  costShare: 0.5,
  discountShare: 0.1,
  uplift: 1.5,
}

function run(config: SyntheticPromotionConfig, now = END + 30 * DAY_MS) {
  const s = synthesizePromotion(config)
  const report = evaluatePromotion({
    promotion: { code: config.code, startsAt: START, endsAt: END },
    orders: s.orders,
    treatment: s.treatment,
    control: { kind: "holdout", customerIds: s.holdout, designedShare: config.holdoutShare },
    now,
  })
  return { s, report }
}

describe("evaluatePromotion against a holdout (planted effects)", () => {
  it("a promotion that paid off: the uplift is found, no dip, positive net margin", () => {
    const { s, report } = run(base)
    expect(report.design).toBe("holdout")
    expect(report.audience.srm?.mismatch).toBe(false)
    const o = report.incrementalOrders.perCustomer
    expect(o.estimator).toBe("cuped")
    expect(o.ciLow).toBeLessThan(s.plantedOrdersPerCustomer)
    expect(o.ciHigh).toBeGreaterThan(s.plantedOrdersPerCustomer)
    expect(o.ciLow).toBeGreaterThan(0)
    expect(report.incrementalOrders.total).toBeCloseTo(o.diff * report.audience.treatment, -1)
    expect(report.pullForward.perCustomer.ciLow).toBeLessThan(0)
    expect(report.pullForward.perCustomer.ciHigh).toBeGreaterThan(0)
    expect(report.verdict.outcome).toBe("paid_off")
    expect(report.verdict.basis).toBe("net_margin")
    // every treated order in the period is discounted: the full-price sales they replaced are
    // 1 / ((1 + uplift)(1 − discount)) = 0.444 of the promotion's GMV
    expect(report.cannibalisation.cannibalisedShare).toBeGreaterThan(0.38)
    expect(report.cannibalisation.cannibalisedShare).toBeLessThan(0.51)
    // CUPED narrows the interval against plain Welch on the same data
    expect(report.incrementalGmv.perCustomer.se).toBeLessThan(report.incrementalGmv.perCustomerUnadjusted.se)
    expect(report.postPeriodComplete).toBe(true)
  })

  it("a promotion that lost margin by pulling sales forward: the dip and the verdict say so", () => {
    const { report } = run({ ...base, seed: 2, uplift: 1, pullForward: 1, discountShare: 0.25 })
    expect(report.incrementalOrders.perCustomer.ciLow).toBeGreaterThan(0)
    expect(report.pullForward.perCustomer.ciHigh).toBeLessThan(0)
    expect(report.pullForward.givenBackShare).toBeGreaterThan(0.6)
    expect(report.verdict.outcome).toBe("lost_margin")
    expect(report.verdict.reasons.some((r) => r.startsWith("pull-forward"))).toBe(true)
    expect(report.netEffect.totalHigh).toBeLessThan(0)
  })

  it("no effect: the intervals hold zero and the verdict is inconclusive", () => {
    const { report } = run({ ...base, seed: 3, uplift: 0, discountShare: 0 })
    for (const e of [report.incrementalOrders, report.incrementalGmv, report.netEffect]) {
      expect(e.perCustomer.ciLow).toBeLessThan(0)
      expect(e.perCustomer.ciHigh).toBeGreaterThan(0)
    }
    expect(report.verdict.outcome).toBe("inconclusive")
    expect(report.conversion.p).toBeGreaterThan(0.01)
  })

  it("flags a broken split (sample-ratio mismatch) and a provisional post period", () => {
    const s = synthesizePromotion({ ...base, seed: 4 })
    const report = evaluatePromotion({
      promotion: { code: "AUTUMN", startsAt: START, endsAt: END },
      orders: s.orders,
      treatment: s.treatment,
      control: { kind: "holdout", customerIds: s.holdout, designedShare: 0.5 },
      now: END + 10 * DAY_MS,
    })
    expect(report.audience.srm?.mismatch).toBe(true)
    expect(report.postPeriodComplete).toBe(false)
    expect(report.verdict.reasons.some((r) => r.startsWith("sample-ratio mismatch"))).toBe(true)
    expect(report.verdict.reasons.some((r) => r.startsWith("provisional"))).toBe(true)
  })

  it("measures the new customers it brought and their 30/60/90-day retention", () => {
    // new customers reorder at 1/30 per day: P(again within d days) = 1 − e^(−d/30) = 0.632, 0.865, 0.950
    const s = synthesizePromotion({ ...base, seed: 5, newCustomers: 400, postDays: 120 })
    const report = evaluatePromotion({
      promotion: { code: "AUTUMN", startsAt: START, endsAt: END },
      orders: s.orders,
      treatment: s.treatment,
      control: { kind: "holdout", customerIds: s.holdout },
      now: END + 120 * DAY_MS,
    })
    expect(report.promotionOrders.newCustomerOrders).toBe(400)
    expect(report.acquisition.promotionAcquired).toBe(400)
    expect(report.promotionOrders.newCustomerShare).toBeCloseTo(400 / report.promotionOrders.orders, 12)
    const rates = report.acquisition.retention.map((r) => r.promotion.rate)
    expect(report.acquisition.retention.map((r) => r.promotion.eligible)).toEqual([400, 400, 400])
    expect(rates[0]).toBeCloseTo(0.632, 1)
    expect(rates[1]).toBeCloseTo(0.865, 1)
    expect(rates[2]).toBeCloseTo(0.95, 1)
  })
})

describe("evaluatePromotion without a holdout (matched synthetic control)", () => {
  // exposure chosen by pre-period activity (heavy buyers were targeted); with no true effect the naive
  // comparison is biased upwards, the coarsened-exact-matching estimate is not
  const s = synthesizePromotion({ ...base, seed: 6, customers: 8000, holdoutShare: 0, uplift: 0, discountShare: 0 })
  const preOrders = new Map<string, number>()
  for (const o of s.orders) if (o.placed_at < START) preOrders.set(o.customer_id, (preOrders.get(o.customer_id) ?? 0) + 1)
  let k = 0
  const exposed: string[] = []
  const others: string[] = []
  for (const id of s.treatment) {
    const p = (preOrders.get(id) ?? 0) >= 3 ? 0.7 : 0.15
    ;(((k = (k * 1103515245 + 12345) % 2147483648) / 2147483648) < p ? exposed : others).push(id)
  }

  it("removes the selection bias of a targeted promotion", () => {
    const report = evaluatePromotion({
      promotion: { code: "AUTUMN", startsAt: START, endsAt: END },
      orders: s.orders,
      treatment: exposed,
      control: { kind: "matched", candidateIds: others },
      now: END + 30 * DAY_MS,
    })
    expect(report.design).toBe("matched")
    const g = report.incrementalGmv
    expect(g.perCustomer.estimator).toBe("cem_stratified")
    expect(g.perCustomerUnadjusted.ciLow).toBeGreaterThan(0) // biased
    expect(g.perCustomer.ciLow).toBeLessThan(0)
    expect(g.perCustomer.ciHigh).toBeGreaterThan(0)
    expect(Math.abs(report.audience.balance!.smd)).toBeLessThan(0.1)
    expect(report.audience.treatment + report.audience.unmatchedTreatment).toBe(exposed.length)
    expect(report.conversion.estimator).toBe("cem_stratified")
    expect(report.conversion.ciLow).toBeLessThan(0)
    expect(report.conversion.ciHigh).toBeGreaterThan(0)
    expect(report.aov.estimator).toBe("weighted_ratio")
    expect(Math.abs(report.aov.relative)).toBeLessThan(0.1)
  })

  it("recovers a planted uplift of the exposed customers' GMV", () => {
    const exposedSet = new Set(exposed)
    let added = 0
    const orders = s.orders.map((o) => {
      if (!exposedSet.has(o.customer_id) || o.placed_at < START || o.placed_at >= END) return o
      added += Math.round(o.total * 0.5)
      return { ...o, total: o.total + Math.round(o.total * 0.5) }
    })
    const report = evaluatePromotion({
      promotion: { code: "AUTUMN", startsAt: START, endsAt: END },
      orders,
      treatment: exposed,
      control: { kind: "matched", candidateIds: others },
      now: END + 30 * DAY_MS,
    })
    const planted = added / exposed.length
    expect(report.incrementalGmv.perCustomer.ciLow).toBeLessThan(planted)
    expect(report.incrementalGmv.perCustomer.ciHigh).toBeGreaterThan(planted)
    expect(report.incrementalGmv.perCustomer.ciLow).toBeGreaterThan(0)
  })
})

describe("report arithmetic on a hand-made history", () => {
  const day = (d: number) => START + d * DAY_MS
  const o = (id: string, customer: string, d: number, subtotal: number, discount: number, promo: boolean, index: number): EvalOrder => ({
    id,
    customer_id: customer,
    placed_at: new Date(day(d)),
    subtotal,
    discount_total: discount,
    total: subtotal - discount,
    margin: Math.round(subtotal * 0.4) - discount,
    promotion_codes: promo ? ["X"] : null,
    customer_order_index: index,
  })
  const orders: EvalOrder[] = [
    o("1", "a", -10, 1000, 0, false, 3),
    o("2", "a", 2, 2000, 200, true, 4),
    o("3", "b", 3, 4000, 400, true, 1),
    o("4", "b", 20, 1000, 0, false, 2),
    o("5", "c", -5, 3000, 0, false, 5),
    o("6", "d", 5, 1000, 0, false, 2),
    o("7", "e", 6, 2000, 0, false, 1),
  ]
  const report = evaluatePromotion({
    promotion: { code: "X", startsAt: START, endsAt: day(14), budget: { type: "spend", limit: 1000 } },
    orders,
    treatment: ["a", "b", "c"],
    control: { kind: "holdout", customerIds: ["d", "e", "f"] },
    now: day(14 + 30),
  })

  it("counts promotion orders, discount, new customers, conversion and AOV exactly", () => {
    expect(report.promotionOrders).toEqual({ orders: 2, gmv: 1800 + 3600, discount: 600, newCustomerOrders: 1, newCustomerShare: 0.5 })
    expect(report.discountCost).toBe(600)
    expect(report.conversion.meanTreatment).toBeCloseTo(2 / 3, 12)
    expect(report.conversion.meanControl).toBeCloseTo(2 / 3, 12)
    expect(report.aov.meanTreatment).toBeCloseTo((1800 + 3600) / 2, 9)
    expect(report.aov.meanControl).toBeCloseTo((1000 + 2000) / 2, 9)
    expect(report.incrementalGmv.perCustomerUnadjusted.diff).toBeCloseTo((1800 + 3600) / 3 - 3000 / 3, 9)
    // post period: b ordered 1000 on day 20, nobody in the control
    expect(report.pullForward.perCustomerUnadjusted.diff).toBeCloseTo(1000 / 3, 9)
  })

  it("reports the budget burn with the day it ran out", () => {
    expect(report.budget).toMatchObject({ type: "spend", limit: 1000, used: 600, share: 0.6, exhaustsAt: null })
    const burn = budgetBurn({ type: "spend", limit: 500 }, [{ at: day(2), discount: 200 }, { at: day(3), discount: 400 }], { start: START, end: day(14) }, day(4))
    expect(burn.exhaustsAt).toBe(day(3))
    const pace = budgetBurn({ type: "usage", limit: 10 }, [{ at: day(1), discount: 1 }, { at: day(3), discount: 1 }], { start: START, end: day(14) }, day(4))
    // 2 uses in 4 days: 0.5 a day, 2 + 0.5 × 10 = 7 by the end, within the limit
    expect(pace).toMatchObject({ used: 2, perDay: 0.5, projected: 7, exhaustsAt: null })
    const fast = budgetBurn({ type: "usage", limit: 4 }, [{ at: day(1), discount: 1 }, { at: day(3), discount: 1 }], { start: START, end: day(14) }, day(4))
    expect(fast.exhaustsAt).toBe(START + 8 * DAY_MS)
  })

  it("retention counts only customers old enough for the horizon", () => {
    const r = acquisitionRetention(orders, { start: START, end: day(14) }, "X", day(40), [30, 60])
    // b: first order day 3 with the code, again on day 20 → retained at 30; e: first day 6, never again
    expect(r.promotionAcquired).toBe(1)
    expect(r.otherNew).toBe(1)
    expect(r.retention[0].promotion).toEqual({ eligible: 1, retained: 1, rate: 1 })
    expect(r.retention[0].baseline).toEqual({ eligible: 1, retained: 0, rate: 0 })
    expect(r.retention[1].promotion.eligible).toBe(0)
  })

  it("reads full-price sales per line when line facts are given", () => {
    // a's promotion order (id 2) had a full-price line of 500 besides the discounted one
    const lines = [
      { customer_id: "a", placed_at: day(2), total: 1300, discount_total: 200 },
      { customer_id: "a", placed_at: day(2), total: 500, discount_total: 0 },
      { customer_id: "b", placed_at: day(3), total: 3600, discount_total: 400 },
      { customer_id: "d", placed_at: day(5), total: 1000, discount_total: 0 },
      { customer_id: "e", placed_at: day(6), total: 2000, discount_total: 0 },
    ]
    const withLines = evaluatePromotion({
      promotion: { code: "X", startsAt: START, endsAt: day(14) },
      orders,
      lines,
      treatment: ["a", "b", "c"],
      control: { kind: "holdout", customerIds: ["d", "e", "f"] },
      now: day(44),
    })
    expect(withLines.cannibalisation.perCustomerUnadjusted.meanTreatment).toBeCloseTo(500 / 3, 9)
    expect(report.cannibalisation.perCustomerUnadjusted.meanTreatment).toBe(0)
    expect(withLines.cannibalisation.perCustomerUnadjusted.meanControl).toBeCloseTo(1000, 9)
  })

  it("refuses overlapping arms and an evaluation before the start", () => {
    expect(() =>
      evaluatePromotion({ promotion: { code: "X", startsAt: START, endsAt: day(14) }, orders, treatment: ["a", "b"], control: { kind: "holdout", customerIds: ["b", "c"] }, now: day(20) })
    ).toThrow(RangeError)
    expect(() =>
      evaluatePromotion({ promotion: { code: "X", startsAt: START, endsAt: day(14) }, orders, treatment: ["a", "b"], control: { kind: "holdout", customerIds: ["c", "d"] }, now: START })
    ).toThrow(RangeError)
  })
})
