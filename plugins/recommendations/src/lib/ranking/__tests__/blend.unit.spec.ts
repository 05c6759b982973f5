import { blend, blendForPlacement, DEFAULT_RECIPES, Placement } from "../blend"
import { normaliseScores } from "../normalise"

describe("normaliseScores", () => {
  const list = [{ itemId: "a", score: 4 }, { itemId: "b", score: 2 }, { itemId: "c", score: 0 }]
  it("max, minmax and rank", () => {
    expect(normaliseScores(list, "max").map((x) => x.score)).toEqual([1, 0.5, 0])
    expect(normaliseScores([{ itemId: "a", score: 6 }, { itemId: "b", score: 4 }, { itemId: "c", score: 2 }], "minmax").map((x) => x.score)).toEqual([1, 0.5, 0])
    expect(normaliseScores(list, "rank").map((x) => x.score)).toEqual([1, 0.5, 1 / 3])
    expect(normaliseScores([{ itemId: "a", score: 3 }, { itemId: "b", score: 3 }], "minmax").map((x) => x.score)).toEqual([1, 1])
  })
})

describe("blend", () => {
  const recipe = { weights: { similar: 1, content: 0.5 }, fallbacks: ["trending" as const] }

  it("adds weighted, max-normalised scores and records the sources", () => {
    const out = blend(recipe, {
      similar: [{ itemId: "a", score: 0.8 }, { itemId: "b", score: 0.4 }],
      content: [{ itemId: "b", score: 10 }, { itemId: "c", score: 5 }],
    }, 10)
    // a: 1·1 = 1; b: 1·0.5 + 0.5·1 = 1; c: 0.5·0.5 = 0.25 (a before b on the id tie)
    expect(out).toEqual([
      { itemId: "a", score: 1, sources: ["similar"], fallback: false },
      { itemId: "b", score: 1, sources: ["content", "similar"], fallback: false },
      { itemId: "c", score: 0.25, sources: ["content"], fallback: false },
    ])
  })

  it("fills with fallbacks below every blended item and honours exclusions", () => {
    const out = blend(recipe, {
      similar: [{ itemId: "a", score: 2 }],
      trending: [{ itemId: "a", score: 9 }, { itemId: "t1", score: 9 }, { itemId: "t2", score: 3 }, { itemId: "cart", score: 99 }],
    }, 3, new Set(["cart"]))
    expect(out.map((x) => [x.itemId, x.fallback])).toEqual([["a", false], ["t1", true], ["t2", true]])
    // t1 = 0.5 · floor(1) · 1 (after renormalising without "cart" and "a"), t2 = 0.5 · 1 · 3/9
    expect(out[1].score).toBeCloseTo(0.5, 12)
    expect(out[2].score).toBeCloseTo(0.5 / 3, 12)
  })

  it("gives a brand-new store trending results on every personal and cart placement", () => {
    const sources = { trending: [{ itemId: "hot", score: 1 }] }
    for (const p of ["for_you", "cart_complete", "post_purchase", "email", "trending", "product_similar"] as Placement[]) {
      expect(blendForPlacement(p, sources, 5).map((x) => x.itemId)).toEqual(["hot"])
    }
    expect(DEFAULT_RECIPES.buy_again.fallbacks).toEqual([])
  })
})
