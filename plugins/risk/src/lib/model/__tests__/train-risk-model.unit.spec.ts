import { DAY, lookups, NOW, order } from "../../__tests__/order-fixture"
import type { BacktestRecord } from "../../backtest/backtest"
import { fitLogistic, sigmoid } from "../../math/logistic-regression"
import { createRng } from "../../math/prng"
import { compileRiskConfig } from "../../score/risk-config"
import { scoreOrder } from "../../score/score-order"
import { riskFeatureNames } from "../risk-features"
import { riskLabel } from "../risk-labels"
import { trainRiskModel } from "../train-risk-model"

describe("training labels", () => {
  const placed = NOW - 90 * DAY
  const o = { now: NOW }
  it.each([
    ["a chargeback", [{ kind: "chargeback", at: NOW } as const], 1],
    ["a refund marked fraud", [{ kind: "refund", at: NOW, fraud: true } as const], 1],
    ["a cancellation marked fraud", [{ kind: "cancellation", at: NOW, fraud: true } as const], 1],
    ["a plain refund (a return)", [{ kind: "refund", at: NOW, fraud: false } as const], 0],
    ["a plain cancellation", [{ kind: "cancellation", at: NOW, fraud: false } as const], null],
    ["nothing, past maturity", [], 0],
  ])("%s", (_n, outcomes, label) => {
    expect(riskLabel(placed, outcomes, o)).toBe(label)
  })

  it("waits for maturity and can count every refund as fraud", () => {
    expect(riskLabel(NOW - 10 * DAY, [], o)).toBeNull()
    expect(riskLabel(NOW - 10 * DAY, [{ kind: "chargeback", at: NOW }], o)).toBe(1)
    expect(riskLabel(placed, [{ kind: "refund", at: NOW, fraud: false }], { now: NOW, refundsAreFraud: true })).toBe(1)
  })
})

/**
 * A seeded store where the truth is known: P(fraud) = sigmoid(−4 + 2 · disposable + 0.8 · (ln amount − 4)),
 * amount log-normal around 55 EUR; disposable mail on 15 % of orders.
 */
function truthSet(n: number, seed: number): { records: BacktestRecord[]; truth: Float64Array } {
  const rng = createRng(seed)
  const records: BacktestRecord[] = []
  const truth = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const disposable = rng.next() < 0.15
    const major = Math.exp(4 + 0.8 * rng.normal())
    const p = sigmoid(-4 + 2 * (disposable ? 1 : 0) + 0.8 * (Math.log1p(major) - 4))
    truth[i] = p
    records.push({
      facts: order({ orderId: `o${i}`, email: disposable ? `u${i}@mailinator.com` : `u${i}@example.com`, amount: Math.round(major * 100) }),
      lookups: lookups(),
      label: rng.next() < p ? 1 : 0,
    })
  }
  return { records, truth }
}

describe("the store's model", () => {
  const config = compileRiskConfig()

  it("reports what is missing below the minimum labels and scores with rules alone", () => {
    const { records } = truthSet(300, 1)
    const m = trainRiskModel(records.slice(0, 150), config, { now: NOW })
    expect(m.status).toBe("insufficient_labels")
    if (m.status !== "insufficient_labels") return
    expect(m.labels).toBe(150)
    expect(m.message).toMatch(/^needs 30 fraud and 100 good labelled orders, has \d+ and \d+/)
    expect(compileRiskConfig({ model: m }).model).toBeNull()
  })

  const { records, truth } = truthSet(6000, 2)
  const model = trainRiskModel(records, config, { now: NOW, l2: 0.01, seed: 3 })

  it("recovers the generating weights and agrees with a plain reference fit", () => {
    expect(model.status).toBe("trained")
    if (model.status !== "trained") return
    const j = (name: string) => model.featureNames.indexOf(name)
    const raw = (name: string) => model.weights[j(name) + 1] / model.sds[j(name)]
    // truth: 2 for the disposable-mail hit, 0.8 per unit of ln(1 + amount)
    expect(Math.abs(raw("hit:disposable_email") - 2)).toBeLessThan(0.3)
    expect(Math.abs(raw("log_amount") - 0.8)).toBeLessThan(0.15)
    // reference: an unpenalised fit on just the two informative columns, unstandardised
    const x = new Float64Array(records.length * 2)
    records.forEach((r, i) => {
      x[2 * i] = r.facts.email!.endsWith("mailinator.com") ? 1 : 0
      x[2 * i + 1] = Math.log1p(r.facts.amount / 100)
    })
    const ref = fitLogistic(x, records.map((r) => r.label!), 2, { l2: 0 })
    expect(raw("hit:disposable_email")).toBeCloseTo(ref.weights[1], 1)
    expect(raw("log_amount")).toBeCloseTo(ref.weights[2], 1)
    // signals that never fired carry no weight
    expect(model.weights[j("hit:velocity_card") + 1]).toBeCloseTo(0, 6)
  })

  it("is calibrated and beats the rule points out of fold", () => {
    if (model.status !== "trained") throw new Error("not trained")
    const m = model.metrics
    expect(m.folds).toBe(5)
    expect(m.ece).toBeLessThan(0.02)
    expect(m.auc).toBeGreaterThan(m.rulesAuc)
    for (const b of m.calibration) if (b.count >= 200) expect(Math.abs(b.meanPredicted - b.observed)).toBeLessThan(0.05)
    // the calibrated probability tracks the true one order by order
    const c = compileRiskConfig({ model, modelWeight: 1 })
    let err = 0
    records.slice(0, 1000).forEach((r, i) => (err += Math.abs(scoreOrder(r.facts, r.lookups, c).modelProbability! - truth[i])))
    expect(err / 1000).toBeLessThan(0.02)
  })

  it("blends into the score and explains itself", () => {
    if (model.status !== "trained") throw new Error("not trained")
    const c = compileRiskConfig({ model, modelWeight: 0.5 })
    const a = scoreOrder(order({ email: "x@mailinator.com", amount: 90000 }), lookups(), c)
    expect(a.rulesScore).toBe(40)
    expect(a.modelProbability!).toBeGreaterThan(0.3)
    expect(a.score).toBe(Math.round(0.5 * 40 + 50 * a.modelProbability!))
    expect(a.reasons[a.reasons.length - 1]).toMatch(/^store model: \d+\.\d % probability of fraud$/)
    expect(riskFeatureNames(c)).toEqual(model.featureNames)
  })
})
