import { experimentReport } from "../experiment-report"
import { synthesizePromotion } from "../../simulation/synthetic-promotion"

const DAY = 86_400_000
const START = Date.UTC(2026, 4, 4)

function history(uplift: number, seed = 11) {
  return synthesizePromotion({
    seed,
    customers: 3000,
    code: "EXP",
    startsAt: START,
    endsAt: START + 14 * DAY,
    preDays: 90,
    postDays: 0,
    holdoutShare: 0.5,
    ordersPerDay: 0.03,
    meanSubtotal: 6_000,
    costShare: 0.5,
    discountShare: 0.1,
    uplift,
  })
}

describe("experimentReport", () => {
  it("finds a planted uplift on every metric, says stop, and the Holm p is never below the raw one", () => {
    const h = history(0.8)
    const r = experimentReport({
      arms: [
        { code: "holdout", customerIds: h.holdout },
        { code: "treatment", customerIds: h.treatment },
      ],
      designedShares: { holdout: 0.5, treatment: 0.5 },
      control: "holdout",
      orders: h.orders,
      startsAt: START,
      endsAt: START + 14 * DAY,
      now: START + 20 * DAY,
    })
    expect(r.srm?.mismatch).toBe(false)
    expect(r.comparisons).toHaveLength(1)
    const c = r.comparisons[0]
    const gmv = c.metrics.find((m) => m.metric === "gmv_per_customer")!
    expect(gmv.estimator).toBe("cuped")
    expect(gmv.ciLow).toBeGreaterThan(0)
    expect(gmv.probabilityBetter).toBeGreaterThan(0.99)
    for (const m of c.metrics) expect(m.pHolm).toBeGreaterThanOrEqual(m.p)
    // one look per day of the window, per customer per day: the last one is the report's own estimate over 14 days
    expect(c.sequential.looks).toBe(14)
    expect(c.sequential.series[13].days).toBe(14)
    expect(c.sequential.series[13].diff * 14).toBeCloseTo(gmv.diff, 6)
    // the always-valid interval is wider than the fixed-horizon one, holds the daily effect, and only ever shrinks
    expect(c.sequential.ciLow * 14).toBeLessThanOrEqual(gmv.ciLow)
    expect(c.sequential.ciHigh * 14).toBeGreaterThanOrEqual(gmv.diff)
    for (let i = 1; i < c.sequential.series.length; i++) {
      expect(c.sequential.series[i].ciLow).toBeGreaterThanOrEqual(c.sequential.series[i - 1].ciLow)
      expect(c.sequential.series[i].p).toBeLessThanOrEqual(c.sequential.series[i - 1].p)
    }
    expect(c.decision).toBe("treatment_better")
  })

  it("keeps running without an effect, and flags a broken split", () => {
    const h = history(0, 5)
    const r = experimentReport({
      arms: [
        { code: "holdout", customerIds: h.holdout },
        { code: "treatment", customerIds: h.treatment.slice(0, Math.floor(h.treatment.length / 2)) },
      ],
      designedShares: { holdout: 0.5, treatment: 0.5 },
      control: "holdout",
      orders: h.orders,
      startsAt: START,
      endsAt: START + 14 * DAY,
      now: START + 14 * DAY,
    })
    expect(r.srm?.mismatch).toBe(true)
    expect(r.comparisons[0].decision).toBe("keep_running")
    expect(r.comparisons[0].sequential.p).toBeGreaterThan(0.05)
  })
})
