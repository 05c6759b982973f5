import { maxPerCategory, mmr, sameCategory } from "../diversity"
import { applyExclusions, boughtOneOffs, exclusionSet } from "../filters"
import { marginBoost, marginRate } from "../margin-boost"

const list = ["m1", "m2", "m3", "t1", "p1"].map((itemId, i) => ({ itemId, score: 1 - i * 0.1 }))
const category: Record<string, string> = { m1: "mugs", m2: "mugs", m3: "mugs", t1: "tea" }
const categoryOf = (id: string) => category[id]

describe("exclusions", () => {
  it("drops cart items, anchors, unavailable items and bought one-offs", () => {
    const ex = { inCart: ["m1"], anchors: ["m2"], unavailable: ["t1"], boughtOneOff: boughtOneOffs(["p1", "m3"], (id) => id === "p1") }
    expect([...exclusionSet(ex)].sort()).toEqual(["m1", "m2", "p1", "t1"])
    expect(applyExclusions(list, ex).map((x) => x.itemId)).toEqual(["m3"])
  })
})

describe("diversity", () => {
  it("caps items per category, never capping uncategorised items", () => {
    expect(maxPerCategory(list, categoryOf, 1, 10).map((x) => x.itemId)).toEqual(["m1", "t1", "p1"])
    expect(maxPerCategory(list, categoryOf, 2, 3).map((x) => x.itemId)).toEqual(["m1", "m2", "t1"])
  })

  it("MMR trades relevance for novelty: λ = 0.5 picks m1, then t1 (0.5·0.7 > 0.5·0.9 − 0.5)", () => {
    expect(mmr(list, sameCategory(categoryOf), 0.5, 3).map((x) => x.itemId)).toEqual(["m1", "t1", "p1"])
    // λ = 1 is pure relevance
    expect(mmr(list, sameCategory(categoryOf), 1, 3).map((x) => x.itemId)).toEqual(["m1", "m2", "m3"])
  })
})

describe("margin boost", () => {
  it("computes margin rates from integer minor units", () => {
    expect(marginRate({ priceMinor: 1000, costMinor: 400 })).toBe(0.6)
    expect(marginRate({ priceMinor: 1000, costMinor: 1200 })).toBe(0)
    expect(marginRate({ priceMinor: 0, costMinor: 0 })).toBeUndefined()
    expect(marginRate({ priceMinor: 10.5, costMinor: 1 })).toBeUndefined()
  })

  it("reorders close scores by margin, keeps distant ones", () => {
    const econ: Record<string, { priceMinor: number; costMinor: number }> = {
      a: { priceMinor: 1000, costMinor: 800 }, // 20 %
      b: { priceMinor: 1000, costMinor: 400 }, // 60 %
    }
    const close = marginBoost([{ itemId: "a", score: 1 }, { itemId: "b", score: 0.95 }, { itemId: "c", score: 0.5 }], (id) => econ[id])
    // a: 1 · (1 + 0.2 · (0.2 − 0.3)) = 0.98; b: 0.95 · 1.06 = 1.007; c unknown: unchanged
    expect(close.map((x) => x.itemId)).toEqual(["b", "a", "c"])
    expect(close[0].score).toBeCloseTo(1.007, 12)
    expect(close[2].score).toBe(0.5)
    const far = marginBoost([{ itemId: "a", score: 1 }, { itemId: "b", score: 0.8 }], (id) => econ[id])
    expect(far.map((x) => x.itemId)).toEqual(["a", "b"])
  })
})
