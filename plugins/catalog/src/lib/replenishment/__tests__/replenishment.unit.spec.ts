import { jStat } from "jstat"
import { sizeDistribution } from "../../math/compound-poisson"
import { normalLoss } from "../../math/normal"
import { leadTimeDemandNormal, leadTimeDemandQuantile, stockoutRiskNormal } from "../lead-time-demand"
import { annualLotCostMinor, economicOrderQuantity, roundToPack } from "../order-quantity"
import { DEFAULT_POLICY, dailyDemandFromForecast, planReplenishment } from "../plan-replenishment"
import { PURCHASE_CSV_COLUMNS, purchaseSuggestions, purchaseSuggestionsCsv } from "../purchase-suggestions"
import { safetyFactorCycle, safetyFactorFillRate } from "../safety-stock"

describe("economic order quantity", () => {
  it("Nahmias, Production and Operations Analysis, Example 4.1 (pencils): Q* = 3,870", () => {
    // 60 a week = 3,120 a year, K = $12, c = $0.02, i = 25 %: minor units (cents) give the same Q
    expect(economicOrderQuantity(3120, 1200, 2, 0.25)).toBeCloseTo(3869.88, 1)
  })
  it("the EOQ minimises ordering + holding cost", () => {
    const q = economicOrderQuantity(3120, 1200, 2, 0.25)
    const at = (x: number) => annualLotCostMinor(x, 3120, 1200, 2, 0.25)
    expect(at(q)).toBeLessThanOrEqual(at(q * 0.8))
    expect(at(q)).toBeLessThanOrEqual(at(q * 1.25))
    // at the optimum ordering and holding cost are equal: 2 × √(K·D·h/2) ≈ 1935 cents
    expect(at(q)).toBe(Math.round(Math.sqrt(2 * 1200 * 3120 * 0.5)))
  })
  it("no cost data or no demand: no EOQ", () => {
    expect(economicOrderQuantity(0, 1200, 2, 0.25)).toBe(0)
    expect(economicOrderQuantity(100, 0, 2, 0.25)).toBe(0)
  })
  it.each([
    [0, 12, 24, 0],
    [5, 12, 24, 24],
    [30, 12, 24, 36],
    [36, 12, 0, 36],
    [7.2, 1, 0, 8],
  ])("roundToPack(%p, pack %p, moq %p) = %p", (q, pack, moq, want) => expect(roundToPack(q, pack, moq)).toBe(want))
})

describe("safety stock and lead-time demand (Silver, Pyke & Thomas, 4th ed., ch. 6)", () => {
  it("random lead time: σ² = L·σ_d² + d²·σ_LT² (d = 100/day, σ_d = 20, L = 9 ± 2 days)", () => {
    const r = leadTimeDemandNormal({ meanPerDay: 100, sdPerDay: 20 }, { days: 9, sdDays: 2 })
    expect(r.mean).toBe(900)
    expect(r.sd).toBeCloseTo(Math.sqrt(43600), 9)
  })
  it("cycle service level: k = z_P1 (95 % → 1.645, 99 % → 2.326)", () => {
    expect(safetyFactorCycle(0.95)).toBeCloseTo(1.6449, 4)
    expect(safetyFactorCycle(0.99)).toBeCloseTo(2.3263, 4)
    expect(() => safetyFactorCycle(1)).toThrow(RangeError)
  })
  it("fill rate: G(k) = Q(1 − P2)/σ_L (σ_L = 100, Q = 500, P2 = 0.99 → G = 0.05, k ≈ 1.25 from the table)", () => {
    const k = safetyFactorFillRate(0.99, 500, 100)
    expect(normalLoss(k)).toBeCloseTo(0.05, 6)
    expect(k).toBeGreaterThan(1.25)
    expect(k).toBeLessThan(1.26)
    // a lot much larger than σ_L needs no safety stock at all
    expect(safetyFactorFillRate(0.95, 5000, 100)).toBeLessThan(0)
  })
  it("slow movers: with unit sizes and a fixed lead time the reorder point is a Poisson quantile", () => {
    const sizes = sizeDistribution([1])!
    // λL = 2: P(X ≤ 4) = 0.947, P(X ≤ 5) = 0.983
    expect(leadTimeDemandQuantile({ linesPerDay: 0.2, sizes }, { days: 10 }, 0.95)).toBe(5)
    expect(jStat.poisson.cdf(5, 2)).toBeGreaterThan(0.95)
    expect(jStat.poisson.cdf(4, 2)).toBeLessThan(0.95)
  })
  it("a variable lead time raises the slow-mover reorder point", () => {
    const sizes = sizeDistribution([2, 2, 4])!
    const fixed = leadTimeDemandQuantile({ linesPerDay: 0.3, sizes }, { days: 10 }, 0.95)
    const variable = leadTimeDemandQuantile({ linesPerDay: 0.3, sizes }, { days: 10, sdDays: 5 }, 0.95)
    expect(variable).toBeGreaterThan(fixed)
  })
})

describe("planReplenishment", () => {
  const demand = { meanPerDay: 10, sdPerDay: 3 }
  it("periodic review: order up to S = d(R+L) + z·σ, in whole packs", () => {
    const plan = planReplenishment({ stocked: 60, reserved: 10, incoming: 20, incomingInDays: 3 }, demand, { leadTimeDays: 7, packSize: 12, moq: 24 }, DEFAULT_POLICY)
    // σ over 14 days = √(14·9) = 11.22; SS = 1.645 × 11.22 = 18.46; S = ⌈140 + 18.46⌉ = 159
    expect(plan.safetyStock).toBeCloseTo(18.46, 1)
    expect(plan.orderUpTo).toBe(159)
    expect(plan.available).toBe(50)
    expect(plan.inventoryPosition).toBe(70)
    expect(plan.suggestedQty).toBe(96) // 89 needed → 8 packs of 12
    expect(plan.daysOfCover).toBe(5)
    // the incoming order lands in 3 days: P(D(3) > 50) with mean 30, sd 5.2 is tiny
    expect(plan.stockoutRisk).toBeLessThan(1e-3)
    expect(plan.reorder).toBe(true)
    expect(plan.reason).toContain("order-up-to level 159")
  })
  it("continuous review orders EOQ lots once the position reaches the reorder point", () => {
    const terms = { leadTimeDays: 7, unitCostMinor: 200, orderCostMinor: 5000 }
    const policy = { ...DEFAULT_POLICY, review: "continuous" as const }
    const high = planReplenishment({ stocked: 500, reserved: 0, incoming: 0 }, demand, terms, policy)
    expect(high.reorder).toBe(false)
    const low = planReplenishment({ stocked: 60, reserved: 0, incoming: 0 }, demand, terms, policy)
    // EOQ = √(2·5000·3650 / 50) = 854.4 → 855; ROP = ⌈70 + 1.645·√(7·9)⌉ = 84
    expect(low.eoq).toBe(855)
    expect(low.reorderPoint).toBe(84)
    expect(low.suggestedQty).toBe(855)
    // without an order, 60 units against 70 expected over the lead time: more likely than not to run out
    expect(low.stockoutRisk).toBeGreaterThan(0.5)
  })
  it("intermittent demand uses the compound Poisson lead-time demand", () => {
    const sizes = sizeDistribution([6, 6, 12])!
    const plan = planReplenishment({ stocked: 10, reserved: 0, incoming: 0 }, { meanPerDay: 0.8, sdPerDay: 2, linesPerDay: 0.1, sizes, intermittent: true }, { leadTimeDays: 14 }, DEFAULT_POLICY)
    expect(plan.model).toBe("compound_poisson")
    // lines over R + L = 21 days ~ Poisson(2.1), sizes of 6 or 12: the reorder level is a multiple of 6
    expect(plan.orderUpTo % 6).toBe(0)
    expect(plan.orderUpTo).toBeGreaterThan(0.1 * 21 * 8)
  })
  it("no demand: nothing to order and no risk", () => {
    const plan = planReplenishment({ stocked: 0, reserved: 0, incoming: 0 }, { meanPerDay: 0, sdPerDay: 0 }, { leadTimeDays: 7 })
    expect(plan.reorder).toBe(false)
    expect(plan.stockoutRisk).toBe(0)
    expect(plan.reason).toBe("no forecast demand")
  })
  it("stock-out risk rises as available stock falls", () => {
    const lt = { days: 7 }
    const r = [100, 70, 40].map((a) => stockoutRiskNormal(demand, lt, a))
    expect(r[0]).toBeLessThan(r[1])
    expect(r[1]).toBeLessThan(r[2])
    expect(r[1]).toBeCloseTo(0.5, 1)
  })
  it("daily demand from a weekly forecast and its 80 % interval", () => {
    const d = dailyDemandFromForecast([70, 70], 7, { lower: [50, 50], upper: [90, 90] })
    expect(d.meanPerDay).toBe(10)
    // 80 % half-width 20 = 1.2816 σ_week → σ_day = σ_week / √7
    expect(d.sdPerDay).toBeCloseTo(20 / 1.2815515655 / Math.sqrt(7), 6)
  })
})

describe("purchase suggestions", () => {
  const plan = (risk: number, cover: number, reorder = true) => ({ ...planReplenishment({ stocked: 1, reserved: 0, incoming: 0 }, { meanPerDay: 1, sdPerDay: 1 }, { leadTimeDays: 7, unitCostMinor: 1250 }), stockoutRisk: risk, daysOfCover: cover, reorder })
  it("lists the reorders, most urgent first, and exports CSV with quoted text", () => {
    const rows = [
      { variantId: "v1", locationId: "l1", plan: plan(0.2, 5) },
      { variantId: "v2", locationId: "l1", plan: plan(0.9, 1), title: 'Mug "large", blue' },
      { variantId: "v3", locationId: "l1", plan: plan(0.5, 2, false) },
    ]
    const list = purchaseSuggestions(rows)
    expect(list.map((r) => r.variantId)).toEqual(["v2", "v1"])
    const csv = purchaseSuggestionsCsv(list).trimEnd().split("\n")
    expect(csv[0]).toBe(PURCHASE_CSV_COLUMNS.join(","))
    expect(csv[1]).toContain('"Mug ""large"", blue"')
    const cells = csv[2].split(",")
    const qty = Number(cells[PURCHASE_CSV_COLUMNS.indexOf("suggested_qty")])
    expect(Number(cells[PURCHASE_CSV_COLUMNS.indexOf("order_value_minor")])).toBe(qty * 1250)
    expect(cells[PURCHASE_CSV_COLUMNS.indexOf("order_value")]).toBe((qty * 12.5).toFixed(2))
  })
})

describe("from a forecast and Medusa's inventory level", () => {
  const { demandInputFromForecast, stockLevelFromInventory } = require("../from-forecast")
  const { demandLineFromFact } = require("../../series/demand-series")
  const forecast = (demandClass: string) => ({
    method: "order_rate",
    code: "order_rate",
    params: {},
    demandClass,
    point: Float64Array.from([6, 6]),
    mean: Float64Array.from([7, 7]),
    intervals: [{ level: 0.8, lower: Float64Array.from([0, 0]), upper: Float64Array.from([18, 18]) }],
    intervalSource: "distribution",
    backtest: [],
    scale: 7,
    priceResponse: null,
  })
  const series = { units: Float64Array.from([6, 0, 12, 0]), lines: Float64Array.from([1, 0, 2, 0]), sizes: Float64Array.from([6, 6, 6]), sizePeriods: Int32Array.from([0, 2, 2]) }
  it("a lumpy forecast keeps the line sizes for a compound Poisson plan; a smooth one does not", () => {
    const lumpy = demandInputFromForecast(forecast("lumpy"), 7, series)
    expect(lumpy.intermittent).toBe(true)
    expect(lumpy.meanPerDay).toBe(1)
    expect(lumpy.linesPerDay).toBeCloseTo(1 / 6, 12)
    expect(demandInputFromForecast(forecast("smooth"), 7, series).intermittent).toBe(false)
  })
  it("maps Medusa's inventory level and core's line facts", () => {
    expect(stockLevelFromInventory({ stocked_quantity: 10, reserved_quantity: 3, incoming_quantity: 5 }, 4)).toEqual({ stocked: 10, reserved: 3, incoming: 5, incomingInDays: 4 })
    const at = new Date("2025-03-03T10:00:00Z")
    expect(demandLineFromFact({ placed_at: at, quantity: 4, unit_price: 1000, discount_total: 400, returned_quantity: 1, status: "completed" })).toEqual({ time: at.getTime(), quantity: 3, unitPrice: 900, promoted: true })
    expect(demandLineFromFact({ placed_at: at, quantity: 4, unit_price: 1000, discount_total: 0, status: "canceled" })).toBeNull()
  })
})
