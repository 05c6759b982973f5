import { attribute, RecommendationEvent, summariseByPlacement } from "../attribute"

const H = 3_600_000
const events: RecommendationEvent[] = [
  { type: "impression", recommendationId: "r1", userId: "u1", itemId: "A", time: 0, placement: "for_you" },
  { type: "click", recommendationId: "r1", userId: "u1", itemId: "A", time: 1 * H, placement: "for_you" },
  { type: "impression", recommendationId: "r2", userId: "u1", itemId: "A", time: 2 * H, placement: "cart_complete" },
  { type: "click", recommendationId: "r2", userId: "u1", itemId: "A", time: 3 * H, placement: "cart_complete" },
  { type: "impression", recommendationId: "r3", userId: "u2", itemId: "B", time: 0, placement: "email" },
]

describe("attribute", () => {
  it("credits the last click within the window, on the same user and product", () => {
    const out = attribute(events, [
      { type: "add_to_cart", id: "c1", userId: "u1", itemId: "A", time: 2 * H }, // only r1 clicked so far
      { type: "order", id: "o1", userId: "u1", itemId: "A", time: 4 * H, amountMinor: 1250 }, // r2 is the last click
      { type: "order", id: "o2", userId: "u1", itemId: "B", time: 4 * H }, // never recommended
      { type: "order", id: "o3", userId: "u2", itemId: "A", time: 4 * H }, // another user's click
    ], { windowMs: 24 * H })
    expect(out.map((a) => [a.conversionId, a.recommendationId, a.placement])).toEqual([
      ["c1", "r1", "for_you"],
      ["o1", "r2", "cart_complete"],
    ])
    expect(out[1].amountMinor).toBe(1250)
  })

  it("ignores touches outside the window or after the conversion, and counts a conversion once", () => {
    expect(attribute(events, [{ type: "order", id: "o", userId: "u1", itemId: "A", time: 30 * H }], { windowMs: 24 * H })).toEqual([])
    expect(attribute(events, [{ type: "order", id: "o", userId: "u1", itemId: "A", time: 0.5 * H }], { windowMs: 24 * H })).toEqual([])
    const twice = [{ type: "order" as const, id: "o", userId: "u1", itemId: "A", time: 4 * H }]
    expect(attribute(events, [...twice, ...twice], { windowMs: 24 * H })).toHaveLength(1)
  })

  it("with basis impression credits view-through (emails without clicks)", () => {
    const out = attribute(events, [{ type: "order", id: "o", userId: "u2", itemId: "B", time: H }], { windowMs: 24 * H, basis: "impression" })
    expect(out.map((a) => a.recommendationId)).toEqual(["r3"])
  })

  it("summarises the funnel per placement in integer minor units", () => {
    const attributions = attribute(events, [
      { type: "add_to_cart", id: "c1", userId: "u1", itemId: "A", time: 3.5 * H },
      { type: "order", id: "o1", userId: "u1", itemId: "A", time: 4 * H, amountMinor: 1250 },
    ], { windowMs: 24 * H })
    expect(summariseByPlacement(events, attributions)).toEqual([
      { placement: "cart_complete", impressions: 1, clicks: 1, addToCarts: 1, orders: 1, revenueMinor: 1250 },
      { placement: "email", impressions: 1, clicks: 0, addToCarts: 0, orders: 0, revenueMinor: 0 },
      { placement: "for_you", impressions: 1, clicks: 1, addToCarts: 0, orders: 0, revenueMinor: 0 },
    ])
  })
})
