import { DAY_MS } from "../../data/interactions"
import { forYouScores, ForYouWeights } from "../for-you-ranker"

const zero: ForYouWeights = { own: 0, share: 0, logCount: 0, recency: 0, logRepeatRate: 0, collaborative: 0, trending: 0 }
const now = Date.UTC(2024, 0, 1)
const base = {
  itemCount: 3,
  bought: [{ item: 0, orderCount: 2, lastTime: now - 60 * DAY_MS }],
  userOrderCount: 4,
  collaborative: [0.5, 2, -1],
  trending: [0, 0.5, 1],
  repeatRate: [0.5, 0.5, 0.5],
  now,
}

describe("forYouScores", () => {
  it("normalises collaborative scores by the user's best one", () => {
    expect(Array.from(forYouScores({ ...base, weights: { ...zero, collaborative: 1 } }))).toEqual([0.25, 1, -0.5])
  })

  it("adds each history feature only to bought items", () => {
    const one = (w: Partial<ForYouWeights>) => Array.from(forYouScores({ ...base, weights: { ...zero, ...w } }))
    expect(one({ own: 1 })).toEqual([1, 0, 0])
    expect(one({ share: 1 })).toEqual([0.5, 0, 0]) // 2 of 4 orders
    expect(one({ logCount: 1 })[0]).toBeCloseTo(Math.log(3), 12)
    expect(one({ recency: 1 })[0]).toBeCloseTo(Math.exp(-1), 12) // 60 days, recencyDays 60
    expect(one({ logRepeatRate: 1 })[0]).toBeCloseTo(Math.log(0.5), 12)
    expect(one({ trending: 2 })).toEqual([0, 1, 2])
  })

  it("ranks a frequently re-bought item first with the fitted weights", () => {
    const s = forYouScores(base)
    expect(s[0]).toBeGreaterThan(s[1])
  })
})
