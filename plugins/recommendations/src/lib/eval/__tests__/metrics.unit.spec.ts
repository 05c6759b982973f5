import { holdoutCases, timeSplit } from "../holdout"
import { evaluateRankings, hitRate, ndcgAtK, recallAtK } from "../metrics"

describe("ranking metrics", () => {
  const truth = new Set(["b", "d"])

  it("HR, Recall and NDCG by hand for ranked [a, b, c], truth {b, d}", () => {
    expect(hitRate(["a", "b", "c"], truth, 2)).toBe(1)
    expect(hitRate(["a", "b", "c"], truth, 1)).toBe(0)
    expect(recallAtK(["a", "b", "c"], truth, 2)).toBe(0.5)
    // DCG = 1/log2(3); ideal over min(|truth|, k) = 2 hits: 1 + 1/log2(3)
    const expected = 1 / Math.log2(3) / (1 + 1 / Math.log2(3))
    expect(ndcgAtK(["a", "b", "c"], truth, 2)).toBeCloseTo(expected, 12)
    expect(ndcgAtK(["a", "b", "c"], truth, 10)).toBeCloseTo(expected, 12)
    expect(ndcgAtK(["b", "d"], truth, 10)).toBe(1)
  })

  it("ideal DCG uses min(|truth|, k): one hit at rank 1 with k = 1 is perfect", () => {
    expect(ndcgAtK(["b"], new Set(["b", "x", "y"]), 1)).toBe(1)
  })

  it("averages over users with a non-empty truth", () => {
    const m = evaluateRankings([
      { ranked: ["b"], truth },
      { ranked: ["z"], truth: new Set(["y"]) },
      { ranked: ["z"], truth: new Set() },
    ], 1)
    expect(m).toEqual({ k: 1, users: 2, hr: 0.5, recall: 0.25, ndcg: 0.5 })
  })
})

describe("holdout", () => {
  const rows = [
    { userId: "u1", itemId: "A", time: 1 },
    { userId: "u1", itemId: "B", time: 2 },
    { userId: "u2", itemId: "A", time: 3 },
    { userId: "u1", itemId: "A", time: 10 }, // re-purchase
    { userId: "u1", itemId: "C", time: 11 },
    { userId: "u2", itemId: "A", time: 12 }, // u2 only re-buys
    { userId: "u3", itemId: "C", time: 13 }, // no train purchase
    { userId: "u1", itemId: "D", time: 99 }, // after the end
  ]
  const { train, test } = timeSplit(rows, 10, 50)

  it("splits by time", () => {
    expect(train.map((r) => r.time)).toEqual([1, 2, 3])
    expect(test.map((r) => r.time)).toEqual([10, 11, 12, 13])
  })

  it("R-all: every test item of users with train history", () => {
    const cases = holdoutCases(train, test, "all")
    expect(cases.map((c) => [c.userId, [...c.truth].sort(), c.exclude.size])).toEqual([
      ["u1", ["A", "C"], 0],
      ["u2", ["A"], 0],
    ])
  })

  it("R-new: train items leave the truth (and are excluded); users left with nothing are dropped", () => {
    const cases = holdoutCases(train, test, "new")
    expect(cases.map((c) => [c.userId, [...c.truth], [...c.exclude].sort()])).toEqual([["u1", ["C"], ["A", "B"]]])
  })
})
