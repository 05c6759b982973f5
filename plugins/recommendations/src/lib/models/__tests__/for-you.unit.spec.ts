import { DAY_MS } from "../../data/interactions"
import { Purchase } from "../../data/purchase-history"
import { recommendForYou, trainForYou } from "../for-you"

const now = Date.UTC(2024, 0, 1)
const p = (userId: string, itemId: string, orderId: string, daysAgo: number): Purchase => ({ userId, itemId, orderId, time: now - daysAgo * DAY_MS })

describe("trainForYou / recommendForYou", () => {
  // tea drinkers buy tea + mug; u3 re-orders tea; biscuits trend this week
  const purchases = [
    p("u1", "tea", "o1", 50), p("u1", "mug", "o1", 50),
    p("u2", "tea", "o2", 40), p("u2", "mug", "o2", 40),
    p("u3", "tea", "o3", 30), p("u3", "tea", "o4", 10),
    p("u4", "biscuits", "o5", 1), p("u5", "biscuits", "o6", 1), p("u6", "biscuits", "o7", 2),
  ]
  const model = trainForYou(purchases, { now })

  it("puts a customer's re-ordered item first and completes it with what similar customers bought", () => {
    const recs = recommendForYou(model, "u3", 3).map((r) => r.itemId)
    expect(recs[0]).toBe("tea")
    expect(recs).toContain("mug")
  })

  it("excludes bought items on request (discovery) and serves trending to unknown customers", () => {
    const fresh = recommendForYou(model, "u3", 3, { excludeBought: true }).map((r) => r.itemId)
    expect(fresh).not.toContain("tea")
    expect(recommendForYou(model, "nobody", 1).map((r) => r.itemId)).toEqual(["biscuits"])
  })

  it("is deterministic", () => {
    expect(recommendForYou(trainForYou(purchases, { now }), "u1", 3)).toEqual(recommendForYou(model, "u1", 3))
  })
})
