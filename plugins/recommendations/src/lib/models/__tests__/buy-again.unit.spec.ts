import { DAY_MS } from "../../data/interactions"
import { buyAgainScores, dueFactor, isOneOff, loadBuyAgain, repeatRate, trainBuyAgain } from "../buy-again"

const d = (n: number) => n * DAY_MS

describe("buy-again", () => {
  // A: u1 on days 0, 10, 20 (two lines in o2), u2 on days 0, 14 → intervals 10, 10, 14; B: bought once
  const model = trainBuyAgain([
    { userId: "u1", itemId: "A", orderId: "o1", time: d(0) },
    { userId: "u1", itemId: "A", orderId: "o2", time: d(10) },
    { userId: "u1", itemId: "A", orderId: "o2", time: d(10) },
    { userId: "u1", itemId: "A", orderId: "o3", time: d(20) },
    { userId: "u2", itemId: "A", orderId: "o4", time: d(0) },
    { userId: "u2", itemId: "A", orderId: "o5", time: d(14) },
    { userId: "u3", itemId: "B", orderId: "o6", time: d(3) },
  ])

  it("learns repeat rates and median intervals per item", () => {
    expect(model.items).toEqual(["A", "B"])
    expect(model.medianIntervalDays).toEqual([10, null])
    expect(model.globalMedianIntervalDays).toBe(10)
    expect(repeatRate(model, 0)).toBe(0.75) // (2 + 1) / (2 + 2)
    expect(repeatRate(model, 1)).toBeCloseTo(1 / 3, 12)
    expect(isOneOff(model, 1)).toBe(false) // too few buyers to call it a one-off
  })

  it("peaks when the interval has passed", () => {
    expect(dueFactor(10, 10)).toBe(1)
    expect(dueFactor(20, 10, 0.75)).toBeCloseTo(Math.exp(-(Math.LN2 ** 2) / (2 * 0.5625)), 12)
    expect(dueFactor(5, 10)).toBeCloseTo(dueFactor(20, 10), 12)
    const now = d(30)
    const scores = buyAgainScores(model, [
      { itemId: "A", orderCount: 3, lastTime: d(20) }, // due today: 0.75 · 1 · 3/4
      { itemId: "B", orderCount: 1, lastTime: d(3) }, // 27 days vs. 10: late
    ], now)
    expect(scores[0]).toEqual({ itemId: "A", score: 0.5625 })
    expect(scores[1].itemId).toBe("B")
    expect(scores[1].score).toBeCloseTo((1 / 3) * dueFactor(27, 10) * 0.5, 12)
    expect(loadBuyAgain(JSON.parse(JSON.stringify(model)))).toEqual(model)
  })
})
