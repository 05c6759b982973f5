import type { ResponseRule } from "../../competitors/response-rules"
import type { StrategyAssignment } from "../../strategies/assignment"
import { buildProposals, type ProposalRunConfig, type VariantPricingInput } from "../build-proposals"
import { expectedEffect } from "../expected-effect"

const NOW = Date.UTC(2024, 5, 1, 12)
const DAY = 86_400_000
const variant = (over: Partial<VariantPricingInput> = {}): VariantPricingInput => ({
  variantId: "v1",
  productId: "p1",
  categoryIds: ["c1"],
  currencyCode: "eur",
  price: 1000,
  cost: 600,
  ...over,
})
const store = (strategy: string, args: unknown, extra: Partial<StrategyAssignment> = {}): StrategyAssignment => ({ id: "a-store", strategy, args, scope: "store", ...extra })
const one = (v: Partial<VariantPricingInput>, config: Partial<ProposalRunConfig>) =>
  buildProposals([variant(v)], { now: NOW, assignments: [], ...config }).proposals[0]
const quotes = (...prices: number[]) => prices.map((price, i) => ({ competitorId: `comp${i + 1}`, price, inStock: true, observedAt: NOW - DAY }))

describe("proposal pipeline", () => {
  it("clamps a large step, then finds an ending inside the step", () => {
    // cost-plus 30 % margin on 10.00 → 14.29; the 10 % step clamps to 11.00; .99 inside the step is 10.99
    const p = one({ cost: 1000 }, { assignments: [store("cost_plus", { targetPct: 30 }, { ending: "99" })], guardrails: { max_step: { pct: 10 } }, autoApproveMaxStepPct: 5 })
    expect(p).toMatchObject({ status: "pending", oldPrice: 1000, strategyPrice: 1429, newPrice: 1099, strategy: "cost_plus", stepPct: 9.9, violations: [] })
    expect(p.adjustments.map((a) => [a.code, a.from, a.to])).toEqual([
      ["max_step", 1429, 1100],
      ["ending", 1100, 1099],
    ])
  })

  it("auto-approves a step within the limit and leaves a larger one for a person", () => {
    const cfg = { assignments: [store("cost_plus", { targetPct: 38 })], autoApproveMaxStepPct: 5 }
    expect(one({ cost: 600 }, cfg)).toMatchObject({ newPrice: 968, stepPct: -3.2, status: "auto_approved" }) // 6.00 / 0.62
    expect(one({ cost: 500 }, cfg)).toMatchObject({ newPrice: 806, status: "pending" })
    expect(one({ cost: 600 }, { ...cfg, autoApproveMaxStepPct: undefined }).status).toBe("pending")
  })

  it.each([
    ["floor", { cost: 900 }, { guardrails: { floor: { basis: "margin", pct: 0 } } }, { code: "floor", limit: 900, proposed: 800 }],
    ["map", { cost: 500, map: 850 }, {}, { code: "map", limit: 850, proposed: 800 }],
    ["ceiling", { price: 700, maxPrice: 750 }, {}, { code: "ceiling", limit: 750, proposed: 800 }],
    ["kill switch", {}, { guardrails: { kill_switch: { enabled: true } } }, { code: "kill_switch" }],
    ["excluded", {}, { guardrails: { excluded_product: { productIds: ["p1"] } } }, { code: "excluded_product" }],
    ["cool-down", { lastChangedAt: NOW - 2 * DAY }, { guardrails: { cooldown: { days: 7 } } }, { code: "cooldown", limit: 7, proposed: 2 }],
  ] as const)("blocks on the %s with the numbers named", (_name, v, cfg, violation) => {
    const p = one({ competitors: quotes(800), ...v }, { assignments: [store("competitive", { anchor: "min" })], ...(cfg as Partial<ProposalRunConfig>) })
    expect(p.status).toBe("blocked")
    expect(p.newPrice).toBe(800) // what the strategy wanted is kept for the reviewer
    expect(p.violations).toEqual([expect.objectContaining(violation)])
    expect(p.violations[0].message.length).toBeGreaterThan(10)
  })

  it("names every broken guardrail, not only the first", () => {
    const p = one(
      { competitors: quotes(500), cost: 600, map: 700, lastChangedAt: NOW - DAY },
      { assignments: [store("competitive", { anchor: "min" })], guardrails: { cooldown: { days: 3 }, kill_switch: {} } }
    )
    expect(p.violations.map((v) => v.code)).toEqual(["kill_switch", "cooldown", "floor", "map"])
  })

  it("never lets the ending take a valid price under the floor", () => {
    // the strategy lands exactly on the floor 10.00; .99 nearest would be 9.99, so it goes up to 10.99
    const p = one({ price: 1200, cost: 1000, competitors: quotes(1000) }, { assignments: [store("competitive", {}, { ending: "99" })] })
    expect(p).toMatchObject({ newPrice: 1099, status: "pending", violations: [] })
  })

  it("stops at the floor instead of being blocked when a response rule says 'down to the floor'", () => {
    const rules: ResponseRule[] = [{ id: "r1", competitorId: "comp1", categoryId: "c1", productId: null, undercutPct: 5, action: "match", beatPct: 0, stopAtFloor: true, maxAgeDays: 3 }]
    const cfg = { assignments: [store("competitive", { anchor: "median" })], responseRules: rules, guardrails: { floor: { basis: "markup" as const, pct: 50 } } }
    const p = one({ competitors: quotes(850, 1200) }, cfg) // floor 6.00 × 1.5 = 9.00
    expect(p).toMatchObject({ newPrice: 900, status: "pending" })
    expect(p.reason).toContain("response rule r1")
    expect(p.reason).toContain("stopped at the floor")
    // comp1 only 3 % below: the rule does not fire, the strategy follows the median of 970 and 1200
    expect(one({ competitors: quotes(970, 1200) }, cfg)).toMatchObject({ newPrice: 1085 })
  })

  it("reports unchanged and skipped with their reasons", () => {
    const refs = new Map([["c1|eur", Float64Array.from([800, 900, 1000, 1100, 1200])]])
    expect(one({}, { assignments: [store("value_based", { tier: "mid" }, { ending: "99" })], categoryPrices: refs })).toMatchObject({ status: "unchanged", newPrice: 1000 })
    expect(one({}, { assignments: [] })).toMatchObject({ status: "skipped", strategy: null, newPrice: 1000 })
    expect(one({ cost: null }, { assignments: [store("cost_plus", { targetPct: 30 })] }).reason).toContain("no unit cost")
    expect(one({}, { assignments: [store("cost_plus", { targetPct: 300 })] }).reason).toMatch(/invalid arguments on assignment a-store: targetPct/)
    expect(one({}, { assignments: [store("teleport", {})] }).reason).toContain("unknown strategy")
  })

  it("builds the category references from the batch when none are given", () => {
    const batch = [700, 800, 900, 1000, 1100, 2000].map((price, i) => variant({ variantId: `v${i}`, productId: `p${i}`, price, cost: 100 }))
    const { proposals, summary } = buildProposals(batch, { now: NOW, assignments: [store("value_based", { tier: "mid" })] })
    // mid band p40–p60 of [700 … 2000] = 900 … 1000
    expect(proposals.map((p) => p.newPrice)).toEqual([900, 900, 900, 1000, 1000, 1000])
    expect(summary.byStatus).toEqual({ auto_approved: 0, pending: 4, blocked: 0, unchanged: 2, skipped: 0 })
  })

  it("summarises and is deterministic", () => {
    const batch = Array.from({ length: 50 }, (_, i) => variant({ variantId: `v${i}`, productId: `p${i % 7}`, price: 900 + i * 10, cost: i % 5 ? 600 : null, competitors: quotes(850 + i * 3, 990) }))
    const cfg: ProposalRunConfig = {
      now: NOW,
      assignments: [store("competitive", { mode: "beat", beatPct: 2 }), { id: "p3", strategy: "cost_plus", args: { targetPct: 35 }, scope: "product", scopeId: "p3" }],
      guardrails: { max_step: { pct: 8 }, excluded_product: { productIds: ["p5"] }, floor: { basis: "margin", pct: 10, requireCost: true } },
      autoApproveMaxStepPct: 3,
      defaultEnding: "95",
    }
    const a = buildProposals(batch, cfg)
    expect(buildProposals(batch, cfg)).toEqual(a)
    const s = a.summary
    expect(s.total).toBe(50)
    expect(Object.values(s.byStatus).reduce((x, y) => x + y, 0)).toBe(50)
    const p5 = a.proposals.filter((p) => p.productId === "p5")
    expect(p5.length).toBe(7)
    for (const p of p5) expect(p.status === "unchanged" || p.violations.some((v) => v.code === "excluded_product")).toBe(true)
    expect(s.blockedBy.excluded_product).toBe(p5.filter((p) => p.status === "blocked").length)
    // requireCost: a variant without a cost is never priced blind
    for (const p of a.proposals) if (p.status !== "unchanged" && p.status !== "skipped" && batch.find((v) => v.variantId === p.variantId)!.cost === null) expect(p.status).toBe("blocked")
    expect(s.byStrategy.cost_plus).toBe(batch.filter((v) => v.productId === "p3").length)
    for (const p of a.proposals) if (p.status === "auto_approved") expect(Math.abs(p.stepPct)).toBeLessThanOrEqual(3)
    for (const p of a.proposals) if (p.status !== "skipped" && p.status !== "unchanged" && p.status !== "blocked") expect(p.newPrice % 100).toBe(95)
  })
})

describe("expected effect", () => {
  it("uses constant-elasticity demand for volume, margin and revenue", () => {
    const e = expectedEffect(1000, 1100, 600, { elasticity: -2, ciLow: -2.5, ciHigh: -1.5, evidence: "good", source: "product" }, 100)
    // volume × 1.1^−2 = 0.826446; margin 500 × 82.6446 − 400 × 100 = 1322.3; revenue 1100 × 82.6446 − 100000 = −9090.9
    expect(e).toEqual({ unitMarginOld: 400, unitMarginNew: 500, volumeChangePct: -17.36, elasticityEvidence: "good", marginChange: 1322, revenueChange: -9091 })
  })
  it("assumes unchanged volume without a usable elasticity, and says so", () => {
    const e = expectedEffect(1000, 1100, 600, { elasticity: NaN, ciLow: NaN, ciHigh: NaN, evidence: "insufficient", source: "product" }, 100)
    expect(e).toMatchObject({ volumeChangePct: null, marginChange: 10_000, revenueChange: 10_000 })
    expect(expectedEffect(1000, 1100, null, null, null)).toMatchObject({ unitMarginNew: null, marginChange: null, revenueChange: null })
  })
})
