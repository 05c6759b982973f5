import { DAY, lookups, NOW, order } from "../../__tests__/order-fixture"
import { compileRiskConfig } from "../../score/risk-config"
import { backtestRules, compareBacktests, thresholdSweep, type BacktestRecord } from "../backtest"

// six past orders over three days: two fraud, three good, one not yet known
const disposable = { email: "x@mailinator.com" }
const records: BacktestRecord[] = [
  { facts: order({ orderId: "f1", ...disposable, amount: 30000 }), lookups: lookups(), label: 1 }, // 40 → review
  { facts: order({ orderId: "f2", amount: 20000, placedAt: NOW + DAY }), lookups: lookups({ velocity: { device: { "24h": 5 } } }), label: 1 }, // 35 → allow
  { facts: order({ orderId: "g1" }), lookups: lookups(), label: 0 }, // 0 → allow
  { facts: order({ orderId: "g2", ...disposable, amount: 7000, placedAt: NOW + DAY }), lookups: lookups(), label: 0 }, // 40 → review
  { facts: order({ orderId: "g3", ...disposable, amount: 5000, placedAt: NOW + 2 * DAY }), lookups: lookups({ velocity: { device: { "24h": 9 } } }), label: 0 }, // 75 → review
  { facts: order({ orderId: "u1", ...disposable, placedAt: NOW + 2 * DAY }), lookups: lookups({ velocity: { card: { "24h": 9 } } }), label: null }, // 80 → block
]

// an explicit setup (the scores in the comments), so the table does not move when the shipped defaults do
const SETUP = {
  thresholds: { review: 40, block: 80 },
  rules: [{ code: "velocity_device", weight: 35, args: { windows: [{ hours: 24, limit: 3 }] } }],
}

describe("back-testing", () => {
  const base = compileRiskConfig(SETUP)

  it("counts what a setup would have caught and flagged", () => {
    const r = backtestRules(records, base)
    expect([r.orders, r.fraud, r.good, r.unlabelled]).toEqual([6, 2, 3, 1])
    expect(r.decisions).toEqual({ allow: 2, review: 3, block: 1 })
    expect([r.caught, r.caughtBlocked, r.flaggedGood, r.blockedGood]).toEqual([1, 0, 2, 0])
    expect(r.recall).toBe(0.5)
    expect(r.precision).toBeCloseTo(1 / 3, 12)
    expect(r.falsePositiveRate).toBeCloseTo(2 / 3, 12)
    expect(r.blockPrecision).toBeNaN()
    expect(r.reviewLoad).toEqual({ orders: 3, share: 0.5, perDay: 1, days: 3 })
    expect(r.amounts.eur).toEqual({ fraudCaught: 30000, fraudMissed: 20000, goodBlocked: 0 })
    const d = r.byRule.find((x) => x.code === "disposable_email")!
    expect([d.hits, d.fraudHits, d.goodHits, d.recall]).toEqual([4, 1, 2, 0.5])
    expect(d.precision).toBeCloseTo(1 / 3, 12)
  })

  it("compares a candidate setup with the live one", () => {
    // lowering review to 35 catches f2 (device velocity alone) and flags nothing new that is good
    const candidate = compileRiskConfig({ ...SETUP, thresholds: { review: 35, block: 80 } })
    const c = compareBacktests(records, base, candidate)
    expect([c.newlyCaught, c.noLongerCaught, c.newlyFlaggedGood, c.noLongerFlaggedGood, c.changed]).toEqual([1, 0, 0, 0, 1])
    expect(c.examples).toEqual([{ orderId: "f2", label: 1, baseline: "allow", candidate: "review" }])
    expect(c.candidate.recall).toBe(1)
  })

  it("sweeps thresholds on the score", () => {
    const s = thresholdSweep(records, base, [0, 40, 76, 101])
    expect(s.map((p) => [p.threshold, p.flagged, p.caught, p.flaggedGood])).toEqual([
      [0, 6, 2, 3],
      [40, 4, 1, 2],
      [76, 1, 0, 0],
      [101, 0, 0, 0],
    ])
  })
})
