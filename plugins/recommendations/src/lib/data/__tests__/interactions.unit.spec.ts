import { csrGet } from "../csr"
import { buildInteractionMatrix, DAY_MS, Interaction } from "../interactions"
import { buildPurchaseHistory, userHistory } from "../purchase-history"

const now = Date.UTC(2024, 0, 31)
const events: Interaction[] = [
  { userId: "u1", itemId: "A", kind: "purchase", time: now - 10 * DAY_MS },
  { userId: "u1", itemId: "A", kind: "view", time: now },
  { userId: "u1", itemId: "B", kind: "view", time: now },
  { userId: "u2", itemId: "B", kind: "cart", time: now - 20 * DAY_MS },
  { userId: "u2", itemId: "C", kind: "purchase", time: now + DAY_MS }, // after now: ignored
]

describe("buildInteractionMatrix", () => {
  it("keeps the strongest kind-weighted signal per user and item", () => {
    const { users, items, matrix } = buildInteractionMatrix(events, { now })
    expect(users.ids).toEqual(["u1", "u2"])
    expect(items.ids).toEqual(["A", "B"])
    expect(csrGet(matrix, 0, 0)).toBe(1) // purchase (1) beats view (0.1)
    expect(csrGet(matrix, 0, 1)).toBe(0.1)
    expect(csrGet(matrix, 1, 1)).toBe(0.5)
  })

  it("decays by age: a 20-day-old cart with a 10-day half-life counts 0.5 · 0.25", () => {
    // only kind "cart" is kept, so only u2 × B remains
    const { users, items, matrix } = buildInteractionMatrix(events, { now, halfLifeDays: 10, combine: "sum", kindWeights: { cart: 0.5 } })
    expect(users.ids).toEqual(["u2"])
    expect(items.ids).toEqual(["B"])
    expect(csrGet(matrix, 0, 0)).toBeCloseTo(0.125, 12)
  })
})

describe("buildPurchaseHistory", () => {
  it("counts distinct orders per user and item and keeps first/last times", () => {
    const h = buildPurchaseHistory([
      { userId: "u1", itemId: "A", orderId: "o1", time: 1000 },
      { userId: "u1", itemId: "A", orderId: "o1", time: 1000 }, // same order, second line
      { userId: "u1", itemId: "A", orderId: "o2", time: 5000 },
      { userId: "u1", itemId: "B", orderId: "o2", time: 5000 },
      { userId: "u2", itemId: "B", orderId: "o3", time: 3000 },
    ])
    expect(csrGet(h.orders, 0, 0)).toBe(2)
    expect(Array.from(h.userOrderCount)).toEqual([2, 1])
    expect(Array.from(h.userLastTime)).toEqual([5000, 3000])
    expect(userHistory(h, 0)).toEqual([
      { item: 0, orderCount: 2, firstTime: 1000, lastTime: 5000 },
      { item: 1, orderCount: 1, firstTime: 5000, lastTime: 5000 },
    ])
  })
})
