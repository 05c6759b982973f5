import { budgetForecastCheck } from "../budget-forecast"
import { DAY_MS, type PlanningContext, type PromotionPlan } from "../check-types"
import { marginFloorCheck } from "../margin-floor"
import { peakDayClashCheck } from "../peak-day-clash"
import { CheckConfigError, PLANNING_CHECKS, runPlanningChecks, worstStatus } from "../planning-checks"
import { promotionOverlapCheck } from "../promotion-overlap"
import { stockCoverCheck } from "../stock-cover"

const START = Date.UTC(2024, 10, 25) // Monday 2024-11-25
const plan: PromotionPlan = {
  code: "BF20",
  startsAt: START,
  endsAt: START + 7 * DAY_MS,
  productIds: ["p1", "p2"],
  audience: { customerGroupIds: ["vip"] },
  discount: { type: "percentage", value: 20 },
}
const ctx = (extra: Partial<PlanningContext> = {}): PlanningContext => ({ candidate: plan, now: START - 10 * DAY_MS, ...extra })

describe("registry", () => {
  it("has the five stable codes and validates arguments before running", () => {
    expect(Object.keys(PLANNING_CHECKS).sort()).toEqual(["budget_burn", "margin_floor", "peak_day_clash", "promotion_overlap", "stock_cover"])
    expect(() => runPlanningChecks(ctx(), [{ code: "nope" }])).toThrow(CheckConfigError)
    try {
      runPlanningChecks(ctx(), [{ code: "margin_floor", args: { floor: 3 } }, { code: "stock_cover", args: { extra: 1 } }])
    } catch (e) {
      expect((e as CheckConfigError).issues.map((i) => i.code)).toEqual(["margin_floor", "stock_cover"])
    }
    const all = runPlanningChecks(ctx())
    expect(all.map((r) => r.code)).toEqual(Object.keys(PLANNING_CHECKS))
    expect(runPlanningChecks(ctx(), [{ code: "margin_floor", enabled: false }])).toEqual([])
    expect(worstStatus(all)).toBe("warn") // no data: every check says what it could not check
  })
})

describe("promotion_overlap", () => {
  const other = (p: Partial<PromotionPlan>): PromotionPlan => ({ ...plan, code: "OTHER", ...p })
  it.each([
    [[other({})], "fail"],
    [[other({ productIds: "all" })], "fail"],
    [[other({ audience: { customerGroupIds: ["new"] } })], "warn"], // same products, another group
    [[other({ productIds: ["p9"] })], "warn"], // same group, other products
    [[other({ productIds: ["p9"], audience: { customerGroupIds: ["new"] } })], "pass"],
    [[other({ startsAt: START + 7 * DAY_MS, endsAt: START + 9 * DAY_MS })], "pass"], // touches, no overlap
    [[other({ audience: "everyone", startsAt: START + 6 * DAY_MS, endsAt: START + 20 * DAY_MS })], "fail"],
  ])("%j → %s", (others, status) => {
    expect(promotionOverlapCheck.evaluate(ctx({ otherPromotions: others as PromotionPlan[] }), {}).status).toBe(status)
  })

  it("names the promotions and the overlap", () => {
    const r = promotionOverlapCheck.evaluate(ctx({ otherPromotions: [{ ...plan, code: "XMAS", startsAt: START + 5 * DAY_MS, endsAt: START + 30 * DAY_MS, productIds: ["p2", "p3"] }] }), {})
    expect(r.figures).toMatchObject({ same_products_and_audience: ["XMAS"], max_overlap_days: 2, max_shared_products: 1 })
  })
})

describe("margin_floor", () => {
  // p1: price 1000, cost 600: after 20 % off, (800 − 600) / 800 = 25 %; p2: 2000 / 1500 → (1600 − 1500) / 1600 = 6.25 %
  const products = [
    { productId: "p1", price: 1000, unitCost: 600 },
    { productId: "p2", price: 2000, unitCost: 1500 },
    { productId: "p3", price: 500, unitCost: 100 }, // not promoted
  ]
  it("fails below the floor, naming the worst product and its numbers", () => {
    const r = marginFloorCheck.evaluate(ctx({ products }), {})
    expect(r.status).toBe("fail")
    expect(r.figures).toMatchObject({ products_checked: 2, products_below_floor: 1, worst_product: "p2", worst_margin: 0.0625, worst_discount: 400, worst_unit_cost: 1500 })
  })
  it("passes, warns near the floor, and warns on unknown costs", () => {
    expect(marginFloorCheck.evaluate(ctx({ products }), { floor: 0.05 }).status).toBe("warn") // 6.25 % is within 5 points
    expect(marginFloorCheck.evaluate(ctx({ products }), { floor: 0.05, warnBand: 0.01 }).status).toBe("pass")
    expect(marginFloorCheck.evaluate(ctx({ products: [{ productId: "p1", price: 1000, unitCost: null }] }), {}).status).toBe("warn")
  })
  it("treats a fixed discount above the price as no price left", () => {
    const fixed = { ...plan, discount: { type: "fixed" as const, value: 1500 } }
    const r = marginFloorCheck.evaluate({ candidate: fixed, now: 0, products }, {})
    expect(r.status).toBe("fail")
    expect(r.figures.worst_product).toBe("p1")
    expect(r.figures.worst_margin).toBeNull()
  })
})

describe("stock_cover", () => {
  // 7 days × 10 units/day × (1 + 0.5) = 105 expected at each location
  const base = {
    expectedUplift: 0.5,
    demand: [
      { productId: "p1", locationId: "ldn", unitsPerDay: 10 },
      { productId: "p1", locationId: "mcr", unitsPerDay: 10 },
    ],
  }
  it.each([
    [[200, 200], "pass"],
    [[200, 120], "warn"], // 120 / 105 = 1.14 < 1.2
    [[200, 90], "fail"],
  ])("stock %j → %s", (levels, status) => {
    const stock = [
      { productId: "p1", locationId: "ldn", available: levels[0] },
      { productId: "p1", locationId: "mcr", available: levels[1] },
    ]
    const r = stockCoverCheck.evaluate(ctx({ ...base, stock }), {})
    expect(r.status).toBe(status)
    expect(r.figures.worst_expected_units).toBe(105)
    if (status === "fail") expect(r.figures).toMatchObject({ worst_location: "mcr", worst_available: 90, units_short: 15 })
  })
  it("compares product-level demand with all locations", () => {
    const r = stockCoverCheck.evaluate(
      ctx({ expectedUplift: 0, demand: [{ productId: "p2", unitsPerDay: 10 }], stock: [{ productId: "p2", locationId: "a", available: 40 }, { productId: "p2", locationId: "b", available: 40 }] }),
      {}
    )
    // 80 in stock for 70 expected: covered, but thinner than 1.2×
    expect(r.status).toBe("warn")
    expect(r.figures).toMatchObject({ worst_location: "all", worst_cover: 1.143, pairs_short: 0 })
  })
})

describe("budget_burn", () => {
  // 50 orders/day × 1.2 × 7 days = 420 orders × 20 % of 5000 = 1000 each → 420,000 forecast
  const forecast = { expectedUplift: 0.2, orderForecast: { ordersPerDay: 50, averageSubtotal: 5000 } }
  it.each([
    [500_000, "warn"], // 84 %
    [1_000_000, "pass"],
    [300_000, "fail"],
  ])("spend budget %d → %s", (limit, status) => {
    const r = budgetForecastCheck.evaluate(ctx({ ...forecast, candidate: { ...plan, budget: { type: "spend", limit } } }), {})
    expect(r.status).toBe(status)
    expect(r.figures).toMatchObject({ forecast_orders: 420, discount_per_order: 1000, forecast_discount_cost: 420_000 })
  })
  it("dates the day the budget runs out", () => {
    // 60,000 a day: 300,000 lasts 5 days → 2024-11-30
    const r = budgetForecastCheck.evaluate(ctx({ ...forecast, candidate: { ...plan, budget: { type: "spend", limit: 300_000 } } }), {})
    expect(r.figures).toMatchObject({ runs_out_on: "2024-11-30", days_covered: 5 })
    const usage = budgetForecastCheck.evaluate(ctx({ ...forecast, candidate: { ...plan, budget: { type: "usage", limit: 400 } } }), {})
    expect(usage.status).toBe("fail")
    expect(budgetForecastCheck.evaluate(ctx(forecast), { warnWithoutBudget: false }).status).toBe("pass")
  })
})

describe("peak_day_clash", () => {
  // a year of flat 1000/day with Black Friday 2023-11-24 at 5000; Black Friday 2024 is 11-29, 53 weeks later
  const history: { day: string; gmv: number }[] = []
  for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10)
    history.push({ day, gmv: day === "2023-11-24" ? 5000 : 1000 })
  }
  it("warns on the day that was a peak a year earlier", () => {
    const r = peakDayClashCheck.evaluate(ctx({ dailyGmv: history }), {})
    expect(r.status).toBe("warn")
    expect(r.figures).toMatchObject({ clash_days: ["2024-11-29"], median_daily_gmv: 1000, highest_clash_gmv: 5000, highest_clash_ratio: 5 })
    // the week after Black Friday 2024 does not clash with 2023's; a listed day does
    const later = { ...plan, startsAt: START + 7 * DAY_MS, endsAt: START + 14 * DAY_MS }
    expect(peakDayClashCheck.evaluate({ candidate: later, now: 0, dailyGmv: history }, {}).status).toBe("pass")
    expect(peakDayClashCheck.evaluate({ candidate: later, now: 0, dailyGmv: history }, { peakDays: ["2024-12-02"], failOnClash: true }).status).toBe("fail")
  })
  it("finds peak weekdays", () => {
    const weekly = history.map((h) => ({ ...h, gmv: new Date(h.day + "T00:00:00Z").getUTCDay() === 6 ? 2500 : 1000 }))
    const r = peakDayClashCheck.evaluate(ctx({ dailyGmv: weekly }), {})
    expect(r.figures.clash_days).toEqual(["2024-11-30"])
  })
})
