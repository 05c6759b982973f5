import { DAY_MS } from "../../data/interactions"
import { loadTrending, topTrending, trainTrending } from "../trending"

const now = Date.UTC(2024, 5, 1)

describe("trending", () => {
  // A: one sale 7 days ago (baseline window); B: two sales now; C: a sale in the future (ignored)
  const model = trainTrending(
    [
      { itemId: "A", time: now - 7 * DAY_MS },
      { itemId: "B", time: now },
      { itemId: "B", time: now },
      { itemId: "C", time: now + DAY_MS },
    ],
    { now, halfLifeDays: 7, recentDays: 7, baselineDays: 28, velocityWeight: 0.5, priorPerDay: 0.1 }
  )

  it("decays by half-life and measures velocity against the baseline", () => {
    expect(model.items).toEqual(["A", "B"])
    expect(model.decayed).toEqual([expect.closeTo(0.5, 12), 2])
    // B: (2/7 + 0.1) / (0 + 0.1); A: (0 + 0.1) / (1/28 + 0.1)
    expect(model.velocity[1]).toBeCloseTo((2 / 7 + 0.1) / 0.1, 12)
    expect(model.velocity[0]).toBeCloseTo(0.1 / (1 / 28 + 0.1), 12)
    expect(model.score[1]).toBeCloseTo(Math.sqrt((2 / 7 + 0.1) / 0.1), 12)
    expect(model.score[0]).toBeCloseTo(0.25 * Math.sqrt(0.1 / (1 / 28 + 0.1)), 12)
  })

  it("ranks, skips and round-trips", () => {
    expect(topTrending(model, 5).map((x) => x.itemId)).toEqual(["B", "A"])
    expect(topTrending(model, 5, (id) => id === "B").map((x) => x.itemId)).toEqual(["A"])
    expect(loadTrending(JSON.parse(JSON.stringify(model)))).toEqual(model)
  })
})
