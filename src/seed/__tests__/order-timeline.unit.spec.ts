import type { DemoOrder } from "../../demo"
import { orderTimeline } from "../order-timeline"

const base: DemoOrder = {
  key: "ord_000001", customerKey: "cus_00001", regionKey: "reg_eu", currency_code: "eur",
  created_at: "2026-03-01T10:00:00.000Z", status: "completed", items: [], subtotal: 0, promotionCode: null,
  discount_total: 0, shipping_total: 0, total: 0, session_id: "ses_1",
}
const FAR = Date.UTC(2030, 0, 1)
const H = 3_600_000

describe("orderTimeline", () => {
  it("places, packs, ships and delivers in order, one version per step", () => {
    const t = orderTimeline(base, FAR)
    const placed = Date.parse(base.created_at)
    expect(t.cart.getTime()).toBeLessThan(t.checkout.getTime())
    expect(t.checkout.getTime()).toBeLessThan(placed)
    expect(t.placed.getTime()).toBe(placed)
    expect([t.fulfilled, t.shipped, t.delivered].map((d) => d!.getTime() - placed)).toEqual([18 * H, 20 * H, 60 * H])
    expect(t.captured).toEqual(t.fulfilled)
    expect(t.versions).toHaveLength(4)
    expect(t.last).toEqual(t.delivered)
    expect(t.canceled).toBeNull()
  })

  it("adds the return's request and receipt (versions 5 and 6) and refunds after the receipt", () => {
    const o = { ...base, return: { requested_at: "2026-03-10T08:00:00.000Z", received_at: "2026-03-14T08:00:00.000Z", items: [], refund_amount: 0 } }
    const t = orderTimeline(o, FAR)
    expect(t.versions.map((d) => d.toISOString()).slice(4)).toEqual([o.return.requested_at, o.return.received_at])
    expect(t.refunded!.getTime()).toBe(Date.parse(o.return.received_at) + 2 * H)
    expect(t.last).toEqual(t.refunded)
  })

  it("cancels at the planned time, with no fulfillment or capture", () => {
    const o: DemoOrder = { ...base, status: "canceled", canceled_at: "2026-03-01T14:00:00.000Z" }
    const t = orderTimeline(o, FAR)
    expect(t.canceled!.toISOString()).toBe(o.canceled_at)
    expect(t.versions).toHaveLength(2)
    expect([t.captured, t.fulfilled, t.shipped, t.delivered]).toEqual([null, null, null, null])
  })

  it("never puts a step after `latest` (an order of the last day is delivered by the time the seed runs)", () => {
    const latest = Date.parse(base.created_at) + 5 * H
    const t = orderTimeline(base, latest)
    expect(t.fulfilled!.getTime()).toBe(latest)
    expect(t.delivered!.getTime()).toBe(latest)
    expect(t.placed.toISOString()).toBe(base.created_at)
  })
})
