import { createAssignmentResolver, type StrategyAssignment } from "../assignment"
import { strategyAssignmentInputSchema } from "../assignment-schema"
import { competitiveStrategy } from "../competitive"
import { costPlusStrategy } from "../cost-plus"
import { demandBasedStrategy, marginMaximisingPrice } from "../demand-based"
import { getStrategy, parseStrategyArgs, STRATEGIES } from "../registry"
import { DAY_MS, type StrategyContext, type StrategyOutcome } from "../types"
import { valueBasedStrategy } from "../value-based"

const NOW = Date.UTC(2024, 5, 1, 12)
const ctx = (over: Partial<StrategyContext> = {}): StrategyContext => ({
  now: NOW,
  currency: "eur",
  exponent: 2,
  price: 1000,
  cost: 700,
  floor: null,
  competitors: [],
  categoryPrices: null,
  elasticity: null,
  response: null,
  ...over,
})
const priceOf = (o: StrategyOutcome) => (o.kind === "price" ? o.price : `skip: ${o.reason}`)
const run = (s: { argsSchema: { parse(x: unknown): unknown }; evaluate(c: StrategyContext, a: any): StrategyOutcome }, args: unknown, c: Partial<StrategyContext> = {}) =>
  s.evaluate(ctx(c), s.argsSchema.parse(args))

describe("strategy registry", () => {
  it("has the four stable codes and validates arguments naming the field", () => {
    expect(Object.keys(STRATEGIES).sort()).toEqual(["competitive", "cost_plus", "demand_based", "value_based"])
    expect(getStrategy("nope")).toBeUndefined()
    expect(parseStrategyArgs("cost_plus", { targetPct: 30 })).toEqual({ ok: true, args: { targetPct: 30, basis: "margin" } })
    const bad = parseStrategyArgs("cost_plus", { targetPct: 120 })
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.issues[0].path).toBe("args.targetPct")
    // above 95 % only as a markup: 120 % on cost is an ordinary fashion price, a 120 % margin is impossible
    expect(parseStrategyArgs("cost_plus", { targetPct: 120, basis: "markup" })).toEqual({ ok: true, args: { targetPct: 120, basis: "markup" } })
    expect(parseStrategyArgs("cost_plus", { targetPct: 1200, basis: "markup" }).ok).toBe(false)
    const extra = parseStrategyArgs("competitive", { mode: "beat" })
    expect(!extra.ok && extra.issues[0].path).toBe("args.beatPct")
    expect(parseStrategyArgs("value_based", { tier: "mid", colour: "red" }).ok).toBe(false)
  })
})

describe("cost_plus", () => {
  it.each([
    [{ targetPct: 30 }, 700, 1000], // margin: 7.00 / (1 − 0.3)
    [{ targetPct: 30, basis: "markup" }, 700, 910], // markup: 7.00 × 1.3
    [{ targetPct: 0 }, 700, 700],
    [{ targetPct: 50 }, 333, 666],
  ])("%p on cost %p → %p", (args, cost, want) => {
    expect(priceOf(run(costPlusStrategy, args, { cost }))).toBeCloseTo(want, 9)
  })
  it("declines without a cost", () => {
    expect(run(costPlusStrategy, { targetPct: 30 }, { cost: null }).kind).toBe("skip")
  })
})

describe("value_based", () => {
  const refs = Float64Array.from([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
  // type-7 quantiles of 100..1000: q → 100 + 900 q
  it.each([
    ["mid", 300, 460, "raised"],
    ["mid", 700, 640, "lowered"],
    ["mid", 500, 500, "within"],
    ["premium", 500, 775, "raised"],
    ["premium", 990, 955, "lowered"],
    ["value", 500, 325, "lowered"],
    ["value", 100, 145, "raised"],
  ])("%s tier, price %p → %p (%s)", (tier, price, want, word) => {
    const r = run(valueBasedStrategy, { tier }, { price, categoryPrices: refs })
    expect(priceOf(r)).toBeCloseTo(want, 9)
    expect(r.reason).toContain(word)
  })
  it("uses a band override and competitor references, and declines on too few references", () => {
    expect(priceOf(run(valueBasedStrategy, { tier: "mid", band: [0.5, 0.5] }, { price: 100, categoryPrices: refs }))).toBeCloseTo(550, 9)
    const competitors = [800, 900, 1000].map((price, i) => ({ competitorId: `c${i}`, price, inStock: true, observedAt: NOW - DAY_MS }))
    expect(priceOf(run(valueBasedStrategy, { tier: "premium", source: "competitors", minReferences: 3 }, { price: 700, competitors }))).toBeCloseTo(950, 9)
    expect(run(valueBasedStrategy, { tier: "mid", source: "competitors" }, { competitors }).kind).toBe("skip")
    expect(run(valueBasedStrategy, { tier: "mid" }, { categoryPrices: null }).kind).toBe("skip")
  })
})

describe("competitive", () => {
  const competitors = [
    { competitorId: "a", price: 900, inStock: true, observedAt: NOW - DAY_MS },
    { competitorId: "b", price: 1000, inStock: true, observedAt: NOW - 2 * DAY_MS },
    { competitorId: "c", price: 700, inStock: false, observedAt: NOW - DAY_MS }, // out of stock: ignored
    { competitorId: "d", price: 600, inStock: true, observedAt: NOW - 10 * DAY_MS }, // stale: ignored
  ]
  it.each([
    [{ mode: "match" }, 1000, 950],
    [{ mode: "match", anchor: "min" }, 1000, 900],
    [{ mode: "beat", beatPct: 5, anchor: "min" }, 1000, 855],
    [{ mode: "band" }, 1000, 969], // band 931..969 around the median 950
    [{ mode: "band" }, 900, 931],
    [{ mode: "band" }, 940, 940],
    [{ mode: "match", maxAgeDays: 30 }, 1000, 900], // d (600) is fresh enough now: median of 600, 900, 1000
  ])("%p at price %p → %p", (args, price, want) => {
    expect(priceOf(run(competitiveStrategy, args, { price, competitors }))).toBeCloseTo(want, 9)
  })
  it("needs enough fresh competitors, and stops at the floor only when asked", () => {
    expect(run(competitiveStrategy, { minCompetitors: 3 }, { competitors }).kind).toBe("skip")
    expect(priceOf(run(competitiveStrategy, { anchor: "min", mode: "beat", beatPct: 10 }, { competitors, floor: 850 }))).toBeCloseTo(810, 9)
    const r = run(competitiveStrategy, { anchor: "min", mode: "beat", beatPct: 10, stopAtFloor: true }, { competitors, floor: 850 })
    expect(priceOf(r)).toBe(850)
    expect(r.reason).toContain("stopped at the floor")
  })
  it("follows a response rule's directive first", () => {
    const response = { ruleId: "r1", competitorId: "a", competitorPrice: 900, targetPrice: 880, stopAtFloor: true, reason: "response rule r1" }
    expect(priceOf(run(competitiveStrategy, {}, { competitors, response, floor: 890 }))).toBe(890)
    expect(priceOf(run(competitiveStrategy, {}, { competitors, response, floor: 800 }))).toBe(880)
  })
})

describe("demand_based", () => {
  const good = { elasticity: -3, ciLow: -3.5, ciHigh: -2.5, evidence: "good" as const, source: "product" as const }
  it.each([
    [-3, 900], // Lerner: 600 · 3 / 2 = 900, inside 850..1150
    [-2, 1150], // 600 · 2 / 1 = 1200, clamped to the top of the range
    [-0.5, 1150], // inelastic: margin rises with price
    [-10, 850], // 600 · 10 / 9 = 666.7, clamped to the bottom
  ])("elasticity %p, cost 6.00, price 10.00 → %p", (e, want) => {
    const r = run(demandBasedStrategy, {}, { cost: 600, elasticity: { ...good, elasticity: e } })
    expect(priceOf(r)).toBeCloseTo(want, 6)
  })
  it("is the best price of a fine grid (independent check of the closed form)", () => {
    for (const e of [-1.2, -1.8, -2.5, -4]) {
      const [c, lo, hi] = [500, 700, 1400]
      const f = (p: number) => (p - c) * Math.pow(p, e)
      let bestP = lo
      for (let p = lo; p <= hi; p += 0.01) if (f(p) > f(bestP)) bestP = p
      expect(marginMaximisingPrice(c, e, lo, hi)).toBeCloseTo(bestP, 1)
    }
  })
  it("refuses to act on weak or missing evidence, a non-negative slope or no cost", () => {
    expect(run(demandBasedStrategy, {}, { elasticity: null }).kind).toBe("skip")
    expect(run(demandBasedStrategy, {}, { elasticity: { ...good, evidence: "weak" } }).reason).toContain("evidence is weak")
    expect(run(demandBasedStrategy, {}, { elasticity: { ...good, evidence: "insufficient" } }).kind).toBe("skip")
    expect(run(demandBasedStrategy, {}, { elasticity: { ...good, elasticity: NaN, ciLow: NaN, ciHigh: NaN, evidence: "insufficient" } }).reason).toBe(
      "no usable elasticity estimate (evidence insufficient), not acting"
    )
    expect(run(demandBasedStrategy, {}, { elasticity: { ...good, elasticity: 0.4 } }).kind).toBe("skip")
    expect(run(demandBasedStrategy, {}, { elasticity: good, cost: null }).kind).toBe("skip")
  })
})

describe("assignment resolution", () => {
  const A = (id: string, scope: StrategyAssignment["scope"], scopeId: string | null, extra: Partial<StrategyAssignment> = {}): StrategyAssignment => ({
    id,
    strategy: "cost_plus",
    args: { targetPct: 30 },
    scope,
    scopeId,
    ...extra,
  })
  const all = [
    A("store", "store", null),
    A("store-usd", "store", null, { currencyCode: "usd" }),
    A("col", "collection", "col1"),
    A("cat-b", "category", "catB"),
    A("cat-a", "category", "catA"),
    A("cat-a-eu", "category", "catA", { regionId: "reg_eu" }),
    A("cat-a-eu-eur", "category", "catA", { regionId: "reg_eu", currencyCode: "eur" }),
    A("prod", "product", "p1", { currencyCode: "usd" }),
  ]
  const resolve = createAssignmentResolver(all)
  it.each([
    [{ productId: "p1", categoryIds: ["catA"], currencyCode: "usd" }, "prod"],
    [{ productId: "p1", categoryIds: ["catA"], currencyCode: "eur" }, "cat-a"], // the product rule is USD-only
    [{ productId: "p2", categoryIds: ["catA"], currencyCode: "eur", regionId: "reg_eu" }, "cat-a-eu-eur"],
    [{ productId: "p2", categoryIds: ["catA"], currencyCode: "gbp", regionId: "reg_eu" }, "cat-a-eu"],
    [{ productId: "p2", categoryIds: ["catB", "catA"], currencyCode: "eur" }, "cat-b"], // first category wins
    [{ productId: "p2", categoryIds: [], collectionId: "col1", currencyCode: "eur" }, "col"],
    [{ productId: "p2", currencyCode: "usd" }, "store-usd"],
    [{ productId: "p2", currencyCode: "EUR" }, "store"],
  ])("%p → %s", (target, want) => {
    expect(resolve(target)?.id).toBe(want)
  })
  it("breaks a tie by the lowest id, whatever the input order", () => {
    const r1 = createAssignmentResolver([A("b", "store", null), A("a", "store", null)])
    const r2 = createAssignmentResolver([A("a", "store", null), A("b", "store", null)])
    expect(r1({ productId: "x", currencyCode: "eur" })?.id).toBe("a")
    expect(r2({ productId: "x", currencyCode: "eur" })?.id).toBe("a")
    expect(createAssignmentResolver([])({ productId: "x", currencyCode: "eur" })).toBeNull()
  })
})

describe("assignment input schema", () => {
  it("fills the strategy's defaults and names a bad field", () => {
    expect(strategyAssignmentInputSchema.parse({ strategy: "cost_plus", args: { targetPct: 30 }, scope: "category", scopeId: "pcat_1", currencyCode: "EUR", ending: "99" })).toEqual({
      strategy: "cost_plus",
      args: { targetPct: 30, basis: "margin" },
      scope: "category",
      scopeId: "pcat_1",
      currencyCode: "eur",
      ending: "99",
    })
    const paths = (x: unknown) => {
      const r = strategyAssignmentInputSchema.safeParse(x)
      return r.success ? [] : r.error.issues.map((i) => i.path.join("."))
    }
    expect(paths({ strategy: "cost_plus", args: { targetPct: 300 }, scope: "store" })).toEqual(["args.targetPct"])
    expect(paths({ strategy: "competitive", args: { mode: "beat" }, scope: "product" })).toEqual(["scopeId", "args.beatPct"])
    expect(paths({ strategy: "teleport", scope: "store" })).toEqual(["strategy"])
    expect(paths({ strategy: "cost_plus", args: { targetPct: 30 }, scope: "store", ending: "97" })).toEqual(["ending"])
  })
})
