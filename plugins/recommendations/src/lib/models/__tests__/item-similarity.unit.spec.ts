import { buildInteractionMatrix, Interaction } from "../../data/interactions"
import { neighboursOf } from "../neighbour-list"
import { loadItemSimilarity, serialiseItemSimilarity, trainItemSimilarity } from "../item-similarity"

// u1 and u2 bought A and B, u3 bought A and C; u4 viewed B and C
const events: Interaction[] = [
  ["u1", "A"], ["u1", "B"], ["u2", "A"], ["u2", "B"], ["u3", "A"], ["u3", "C"],
].map(([userId, itemId]) => ({ userId, itemId, kind: "purchase" as const, time: 0 }))
const views: Interaction[] = [
  { userId: "u4", itemId: "B", kind: "view", time: 0 },
  { userId: "u4", itemId: "C", kind: "view", time: 0 },
]

describe("item similarity", () => {
  const purchases = buildInteractionMatrix(events)
  const items = purchases.items.ids

  it("is plain cosine without shrinkage: sim(A,B) = 2/√6, sim(A,C) = 1/√3", () => {
    const list = trainItemSimilarity(items, [{ matrix: purchases.matrix, weight: 1 }], { shrinkage: 0 })
    expect(neighboursOf(list, "A")).toEqual([
      { itemId: "B", score: expect.closeTo(2 / Math.sqrt(6), 6) },
      { itemId: "C", score: expect.closeTo(1 / Math.sqrt(3), 6) },
    ])
    expect(neighboursOf(list, "B")).toEqual([{ itemId: "A", score: expect.closeTo(2 / Math.sqrt(6), 6) }])
  })

  it("shrinks rare pairs: with shrinkage 1, sim(A,C) = 1 / (√3 + 1)", () => {
    const list = trainItemSimilarity(items, [{ matrix: purchases.matrix, weight: 1 }], { shrinkage: 1 })
    expect(neighboursOf(list, "A")[1].score).toBeCloseTo(1 / (Math.sqrt(3) + 1), 6)
  })

  it("adds co-view evidence with its own weight and round-trips through JSON", () => {
    const viewed = buildInteractionMatrix(views, { items: purchases.items, kindWeights: { view: 1 } })
    const list = trainItemSimilarity(items, [
      { matrix: purchases.matrix, weight: 1 },
      { matrix: viewed.matrix, weight: 0.5 },
    ], { shrinkage: 0 })
    // B and C were never bought together, but viewed together by u4 (cosine 1) → 0.5
    expect(neighboursOf(list, "B")).toContainEqual({ itemId: "C", score: expect.closeTo(0.5, 6) })
    const back = loadItemSimilarity(JSON.parse(JSON.stringify(serialiseItemSimilarity(list))))
    expect(neighboursOf(back, "B")).toEqual(neighboursOf(list, "B"))
  })
})
