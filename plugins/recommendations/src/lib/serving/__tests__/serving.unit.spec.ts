import { decodeRecommendationId, encodeRecommendationId } from "../recommendation-id"
import { activeRules, applyScoreRules, choosePins, placePins, type MerchRule } from "../merchandising"
import { finaliseList } from "../finalise"
import { PLACEMENTS, API_PLACEMENTS } from "../placements"
import { STRATEGIES, strategyByCode } from "../strategies"
import type { BlendedItem } from "../../ranking/blend"

const rule = (r: Partial<MerchRule>): MerchRule => ({
  id: "r1",
  action: "boost",
  target_type: "product",
  target_id: "p",
  placement: null,
  weight: null,
  position: null,
  starts_at: null,
  ends_at: null,
  enabled: true,
  ...r,
})
const item = (itemId: string, score: number): BlendedItem => ({ itemId, score, sources: ["similar"], fallback: false })
const attrs: Record<string, { categoryIds: string[]; collectionId: string | null; tagIds: string[] }> = {
  a: { categoryIds: ["shoes"], collectionId: "summer", tagIds: ["sale"] },
  b: { categoryIds: ["shoes"], collectionId: null, tagIds: [] },
  c: { categoryIds: ["bags"], collectionId: "summer", tagIds: [] },
  d: { categoryIds: ["bags"], collectionId: null, tagIds: ["sale"] },
  e: { categoryIds: ["hats"], collectionId: null, tagIds: [] },
}
const attrsOf = (id: string) => attrs[id]

describe("recommendation ids", () => {
  it("round-trips placement, strategy, model version and experiment arm", () => {
    const id = encodeRecommendationId({ placement: "for_you", strategy: "collaborative", modelVersion: 12, experiment: { number: 3, variant: "b" } }, 1_700_000_000_000, "abc123def456")
    expect(id).toBe(`rec_${(1_700_000_000_000).toString(36)}abc123def456.fy.c.v12.e3b`)
    expect(decodeRecommendationId(id)).toEqual({ placement: "for_you", strategy: "collaborative", modelVersion: 12, experiment: { number: 3, variant: "b" } })
  })

  it("encodes every placement and strategy, and rejects foreign or mangled ids", () => {
    for (const placement of API_PLACEMENTS) {
      for (const s of STRATEGIES) {
        const id = encodeRecommendationId({ placement, strategy: s.code, modelVersion: 0, experiment: null }, 0, "zzzz")
        expect(decodeRecommendationId(id)).toEqual({ placement, strategy: s.code, modelVersion: 0, experiment: null })
        expect(id.length).toBeLessThanOrEqual(128)
      }
    }
    expect(decodeRecommendationId("rec_abc")).toBeNull()
    expect(decodeRecommendationId("rec_abcdef.xx.b.v1")).toBeNull()
    expect(decodeRecommendationId("rec_abcdef.sim.q.v1")).toBeNull()
    expect(() => encodeRecommendationId({ placement: "similar", strategy: "nope", modelVersion: 1, experiment: null }, 0, "abcd")).toThrow()
  })
})

describe("placements and strategies", () => {
  it("each API placement names its anchor and recipe; strategies give a recipe for every placement", () => {
    expect(PLACEMENTS.similar).toMatchObject({ recipe: "product_similar", anchor: "product_id" })
    expect(PLACEMENTS.complete_your_order.anchor).toBe("cart_id")
    expect(PLACEMENTS.post_purchase.anchor).toBe("order_id")
    for (const s of STRATEGIES) for (const p of API_PLACEMENTS) expect(Object.keys(s.recipe(PLACEMENTS[p].recipe).weights).length).toBeGreaterThan(0)
    expect(strategyByCode("trending")!.recipe("product_similar")).toEqual({ weights: { trending: 1 }, fallbacks: ["segment"] })
  })
})

describe("merchandising rules", () => {
  it("keeps only enabled rules of the placement inside their window", () => {
    const rules = [
      rule({ id: "all" }),
      rule({ id: "fy", placement: "for_you" }),
      rule({ id: "off", enabled: false }),
      rule({ id: "later", starts_at: 2000 }),
      rule({ id: "over", ends_at: 1000 }),
      rule({ id: "now", starts_at: 500, ends_at: 1500 }),
    ]
    expect(activeRules(rules, "similar", 1000).map((r) => r.id)).toEqual(["all", "now"])
    expect(activeRules(rules, "for_you", 1000).map((r) => r.id)).toEqual(["all", "fy", "now"])
  })

  it("blocks, boosts and buries by product, category, collection and tag, then re-sorts", () => {
    const list = [item("a", 1), item("b", 0.9), item("c", 0.8), item("d", 0.7), item("e", 0.6)]
    const out = applyScoreRules(
      list,
      [
        rule({ id: "block-tag", action: "block", target_type: "tag", target_id: "sale" }), // a, d
        rule({ id: "boost-coll", action: "boost", target_type: "collection", target_id: "summer", weight: 2 }), // c ×2
        rule({ id: "bury-cat", action: "bury", target_type: "category", target_id: "shoes" }), // b ×0.25
      ],
      attrsOf
    )
    expect(out.map((x) => [x.itemId, +x.score.toFixed(3)])).toEqual([["c", 1.6], ["e", 0.6], ["b", 0.225]])
    expect(out[0].ruleIds).toEqual(["boost-coll"])
  })

  it("pins a product at a position and a category pin takes its best usable product", () => {
    const rules = [
      rule({ id: "pin-e", action: "pin", target_id: "e", position: 1 }),
      rule({ id: "pin-bags", action: "pin", target_type: "category", target_id: "bags", position: 3 }),
    ]
    const pins = choosePins(rules, ["a", "b", "c", "d"], attrsOf, (id) => id !== "c")
    expect(pins).toEqual([
      { ruleId: "pin-e", itemId: "e", position: 1 },
      { ruleId: "pin-bags", itemId: "d", position: 3 },
    ])
    const list = [item("a", 1), item("b", 0.9), item("d", 0.5)]
    const placed = placePins(list, pins, 4, (p) => ({ ...item(p.itemId, 9), fallback: false }))
    expect(placed.map((x) => x.itemId)).toEqual(["e", "a", "d", "b"])
    expect(placePins(list, [{ ruleId: "x", itemId: "z", position: 50 }], 3, (p) => item(p.itemId, 0)).map((x) => x.itemId)).toEqual(["a", "b", "z"])
  })
})

describe("finaliseList", () => {
  const base = {
    limit: 3,
    usable: (id: string) => id !== "b",
    attrsOf,
    rules: [] as MerchRule[],
    marginStrength: 0,
    maxPerCategory: 0,
    pinPool: [] as string[],
  }

  it("drops unusable products and cuts to the limit", () => {
    const out = finaliseList({ ...base, candidates: [item("a", 1), item("b", 0.9), item("c", 0.8), item("d", 0.7), item("e", 0.6)] })
    expect(out.map((x) => x.itemId)).toEqual(["a", "c", "d"])
  })

  it("caps a category and refills from the capped items when the list would be short", () => {
    const candidates = [item("a", 1), item("b", 0.95), item("c", 0.9), item("d", 0.85)]
    const out = finaliseList({ ...base, usable: () => true, maxPerCategory: 1, limit: 3, candidates })
    // shoes: a (b capped), bags: c (d capped), then b refills as the best capped item
    expect(out.map((x) => x.itemId)).toEqual(["a", "c", "b"])
  })

  it("lets margin break near-ties and leaves clear winners alone", () => {
    const econ: Record<string, { priceMinor: number; costMinor: number }> = {
      a: { priceMinor: 1000, costMinor: 900 }, // 10 % margin
      c: { priceMinor: 1000, costMinor: 300 }, // 70 %
      e: { priceMinor: 1000, costMinor: 300 },
    }
    const out = finaliseList({ ...base, candidates: [item("a", 1), item("c", 0.95), item("e", 0.5)], marginStrength: 0.2, economicsOf: (id) => econ[id] })
    expect(out.map((x) => x.itemId)).toEqual(["c", "a", "e"])
  })

  it("puts pinned products in place even when the models did not rank them", () => {
    const out = finaliseList({
      ...base,
      candidates: [item("a", 1), item("c", 0.8), item("d", 0.7)],
      rules: [rule({ id: "pin", action: "pin", target_id: "e", position: 2 })],
    })
    expect(out.map((x) => [x.itemId, x.pinned])).toEqual([["a", false], ["e", true], ["c", false]])
  })
})
