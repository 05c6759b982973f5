import { attributeConversions, visitorKeys } from "../attribute-touches"
import { experimentReport } from "../experiment-report"

const H = 3_600_000

describe("attributeConversions", () => {
  const click = (recommendationId: string, productId: string, time: number, keys: string[]) => ({ recommendationId, productId, time, keys, type: "click" as const })

  it("credits the last click on the same product by the same visitor within the window", () => {
    const touches = [
      click("r1", "p", 0, visitorKeys("a1", null)),
      click("r2", "p", 2 * H, visitorKeys("a1", null)),
      click("r3", "q", 3 * H, visitorKeys("a1", null)),
      { ...click("r4", "p", 2.5 * H, visitorKeys("a1", null)), type: "impression" as const },
    ]
    const out = attributeConversions(touches, [{ key: "e1", type: "add_to_cart", productId: "p", time: 4 * H, keys: visitorKeys("a1", null) }], 24 * H)
    expect(out).toEqual([expect.objectContaining({ key: "e1", recommendationId: "r2", touchTime: 2 * H })])
    // view-through counts the impression when asked
    expect(attributeConversions(touches, [{ key: "e1", type: "add_to_cart", productId: "p", time: 4 * H, keys: ["anon:a1"] }], 24 * H, "impression")[0].recommendationId).toBe("r4")
  })

  it("matches a click made anonymously to the order placed after signing in, and respects the window", () => {
    const touches = [click("r1", "p", 0, visitorKeys("a1", null))]
    const order = { key: "line1", type: "order" as const, productId: "p", time: 5 * H, keys: visitorKeys("a1", "cus_1"), amountMinor: 2500 }
    expect(attributeConversions(touches, [order], 24 * H)).toEqual([expect.objectContaining({ key: "line1", recommendationId: "r1", amountMinor: 2500 })])
    expect(attributeConversions(touches, [order], 4 * H)).toEqual([])
    expect(attributeConversions(touches, [{ ...order, keys: ["cust:cus_2"] }], 24 * H)).toEqual([])
    expect(attributeConversions(touches, [{ ...order, time: -H }], 24 * H)).toEqual([])
  })

  it("credits one conversion once", () => {
    const touches = [click("r1", "p", 0, ["anon:a"])]
    const c = { key: "e1", type: "add_to_cart" as const, productId: "p", time: H, keys: ["anon:a"] }
    expect(attributeConversions(touches, [c, c], 24 * H)).toHaveLength(1)
  })
})

describe("experimentReport", () => {
  const arm = (visitors: number, clickers: number, converters: number) => ({ visitors, clickers, converters, impressions: visitors * 3, clicks: clickers, orders: converters, revenueMinor: converters * 1000 })

  it("says B is better when both click-through and conversion are clearly higher", () => {
    const r = experimentReport(arm(2000, 100, 20), arm(2000, 180, 45))
    expect(r.click_through.verdict).toBe("B better")
    expect(r.conversion.verdict).toBe("B better")
    expect(r.click_through.difference).toBeCloseTo(0.04, 10)
    expect(r.click_through.interval[0]).toBeGreaterThan(0)
    expect(r.a.ctr).toBeCloseTo(100 / 6000, 10)
    expect(r.summary).toMatch(/Click-through: A 5.0 % vs B 9.0 %/)
  })

  it("reports not enough data and no difference honestly", () => {
    expect(experimentReport(arm(20, 2, 0), arm(20, 3, 1)).click_through.verdict).toBe("not enough data")
    expect(experimentReport(arm(3000, 150, 30), arm(3000, 152, 31)).click_through.verdict).toBe("no significant difference")
    expect(experimentReport(arm(0, 0, 0), arm(0, 0, 0)).summary).toMatch(/not enough data yet/)
  })
})
