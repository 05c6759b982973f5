import { summarizeReplay, type ReplayedOrder } from "../summarize-replay"
import { synthesizePromotion } from "../synthetic-promotion"

const line = (product: string, qty: number, price: number, discount: number, cost: number | null = Math.round(price * 0.5)) => ({
  product_id: product,
  quantity: qty,
  unit_price: price,
  discount_total: discount,
  unit_cost: cost,
})

describe("summarizeReplay", () => {
  // spend-5000-save-10 %: order A (6000) qualifies, B (4500) is a near miss (≥ 4000), C (1000) is neither
  const orders: ReplayedOrder[] = [
    { id: "A", customer_id: "c1", placed_at: 0, before: [line("p1", 2, 3000, 0)], after: [line("p1", 2, 3000, 600)] },
    { id: "B", customer_id: "c2", placed_at: 0, before: [line("p1", 1, 3000, 0), line("p2", 1, 1500, 0)], after: [line("p1", 1, 3000, 0), line("p2", 1, 1500, 0)] },
    { id: "C", customer_id: "c1", placed_at: 0, before: [line("p3", 1, 1000, 0, null)], after: [line("p3", 1, 1000, 0, null)] },
  ]
  const s = summarizeReplay(orders, { spendThreshold: 5000 })

  it("sums discount cost, affected orders and margins", () => {
    expect(s).toMatchObject({ orders: 3, affectedOrders: 1, affectedCustomers: 1, discountCost: 600, subtotal: 11_500, netBefore: 11_500, netAfter: 10_900 })
    // margin over lines with a cost: before (6000 − 3000) + (4500 − 2250) = 5250; after 5250 − 600 = 4650
    expect(s.marginBefore).toBe(5250)
    expect(s.marginAfter).toBe(4650)
    expect(s.marginRateBefore).toBeCloseTo(5250 / 10_500, 12)
    expect(s.marginRateAfter).toBeCloseTo(4650 / 9900, 12)
    expect(s.linesWithoutCost).toBe(1)
    expect(s.topProducts).toEqual([{ productId: "p1", discount: 600, affectedOrders: 1 }])
  })

  it("counts orders at and just below the spend threshold", () => {
    expect(s.threshold).toEqual({ threshold: 5000, qualifying: 1, nearMiss: 1, averageShortfall: 500, nearMissCostIfCrossed: 600 })
    expect(summarizeReplay(orders).threshold).toBeNull()
  })

  it("adds a free-shipping discount", () => {
    const r = summarizeReplay([{ ...orders[1], shipping_discount_added: 495 }])
    expect(r).toMatchObject({ affectedOrders: 1, discountCost: 495, netAfter: 4500 - 495 })
  })
})

describe("synthesizePromotion", () => {
  it("is deterministic, splits by the holdout share and plants the uplift", () => {
    const cfg = {
      seed: 9, customers: 3000, code: "P", startsAt: Date.UTC(2024, 0, 1), endsAt: Date.UTC(2024, 0, 15), preDays: 60, postDays: 30,
      holdoutShare: 0.25, ordersPerDay: 0.05, meanSubtotal: 4000, costShare: 0.5, discountShare: 0.2, uplift: 1,
    }
    const a = synthesizePromotion(cfg)
    const b = synthesizePromotion(cfg)
    expect(a.orders.length).toBe(b.orders.length)
    expect(a.orders[100]).toEqual(b.orders[100])
    expect(a.holdout.length / 3000).toBeCloseTo(0.25, 1.5)
    const inWindow = (ids: string[]) => {
      const s = new Set(ids)
      return a.orders.filter((o) => s.has(o.customer_id) && o.placed_at >= cfg.startsAt && o.placed_at < cfg.endsAt).length / ids.length
    }
    // 14 days × 0.05 = 0.7 orders per holdout customer, twice that for the treated
    expect(inWindow(a.holdout)).toBeCloseTo(0.7, 1)
    expect(inWindow(a.treatment)).toBeCloseTo(1.4, 1)
    expect(a.plantedOrdersPerCustomer).toBeCloseTo(0.7, 12)
    for (const o of a.orders.slice(0, 200)) expect(o.margin).toBe(o.total - o.cost_total)
  })
})
