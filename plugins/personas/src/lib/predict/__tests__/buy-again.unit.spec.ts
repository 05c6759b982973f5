import { rocAuc } from "../../math/roc-auc"
import { createOrderTableBuilder, orderTableFromFacts } from "../../orders/order-table"
import { AS_OF, DAY, syntheticStore } from "../../recompute/__tests__/synthetic-store"
import { buyAgainFeatureMatrix, BUY_AGAIN_FEATURES } from "../buy-again-features"
import { buyAgainProbability, fitBuyAgainModel } from "../buy-again-model"
import { fitPredictionModel, predictAll } from "../predict-customers"

const { orders, kind } = syntheticStore(300, 1)
const table = orderTableFromFacts(orders)

describe("buy-again model (time-shifted)", () => {
  const model = fitBuyAgainModel(table, AS_OF, { seed: 1 })

  it("trains one blend per label window", () => {
    expect(model.windows.map((w) => w.windowDays)).toEqual([30, 90])
    expect(model.features).toBe(BUY_AGAIN_FEATURES)
    for (const w of model.windows) {
      expect(w.positives).toBeGreaterThan(25)
      expect(w.trainingRows - w.positives).toBeGreaterThan(25)
    }
  })

  it("never reads orders on or after the as-of date", () => {
    const b = createOrderTableBuilder()
    for (const o of orders) if (o.time < AS_OF) b.add(o)
    expect(fitBuyAgainModel(b.build(), AS_OF, { seed: 1 })).toEqual(model)
  })

  it("ranks regulars above lapsed and one-time customers, with p30 ≤ p90", () => {
    const m = buyAgainFeatureMatrix(table, AS_OF)
    const p30: number[] = []
    const p90: number[] = []
    const regular: number[] = []
    for (let i = 0; i < m.customers.length; i++) {
      const row = m.x.subarray(i * m.d, (i + 1) * m.d)
      p30.push(buyAgainProbability(model, row, 30) as number)
      p90.push(buyAgainProbability(model, row, 90) as number)
      regular.push(kind.get(table.customerIds[m.customers[i]]) === "regular" ? 1 : 0)
    }
    expect(rocAuc(p90, regular)).toBeGreaterThan(0.95)
    p30.forEach((p, i) => {
      expect(p).toBeGreaterThan(0)
      expect(p).toBeLessThanOrEqual(p90[i])
      expect(p90[i]).toBeLessThan(1)
    })
  })

  it("falls back to BG/NBD when the store is too young to train a window", () => {
    const young = orderTableFromFacts(
      Array.from({ length: 40 }, (_, i) => ({ customerId: `y${i}`, time: AS_OF - (1 + (i % 20)) * DAY, netMinor: 1000, itemCount: 1 })),
    )
    const pm = fitPredictionModel(young, AS_OF)
    expect(pm.buyAgain.windows).toEqual([])
    const preds = predictAll(pm, young, AS_OF)
    expect(preds.every((p) => p !== null && p.method === "bg-nbd")).toBe(true)
  })
})

describe("predictions", () => {
  const pm = fitPredictionModel(table, AS_OF)
  const preds = predictAll(pm, table, AS_OF)

  it("expects more 12-month value from regulars than from lapsed customers", () => {
    const mean = (k: string) => {
      const v = table.customerIds.flatMap((id, c) => (kind.get(id) === k && preds[c] ? [preds[c]!.expectedValue12mMinor] : []))
      return v.reduce((s, x) => s + x, 0) / v.length
    }
    expect(mean("regular")).toBeGreaterThan(3 * mean("lapsed"))
    for (const p of preds) expect(Number.isInteger(p!.expectedValue12mMinor)).toBe(true)
  })

  it("bands churn risk from the 90-day probability", () => {
    for (const p of preds) {
      const expected = p!.pBuy90d > 0.67 ? "low" : p!.pBuy90d < 0.34 ? "high" : "medium"
      expect(p!.churnRisk).toBe(expected)
    }
    const regularsLow = table.customerIds.filter((id, c) => kind.get(id) === "regular" && preds[c]!.churnRisk === "low").length
    expect(regularsLow).toBeGreaterThan(80) // of 100 regulars
  })
})
