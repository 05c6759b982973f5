import { describeDemoPlan } from "../describe-demo-plan"
import { planDemoStore } from "../plan-demo-store"
import { BEHAVIOURS } from "../types"

jest.setTimeout(60_000)

/** A cheap fingerprint so a mismatch does not print a multi-megabyte diff. */
function fingerprint(value: unknown): string {
  const text = JSON.stringify(value)
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return `${text.length}:${(h >>> 0).toString(16)}`
}

describe("planDemoStore: determinism", () => {
  const options = { seed: 7, scale: 0.05, until: "2025-06-30" }

  it("gives the identical plan for the same seed, scale and until", () => {
    const a = planDemoStore(options)
    const b = planDemoStore({ ...options })
    expect(fingerprint(b)).toBe(fingerprint(a))
    expect(b.orders.slice(0, 20)).toEqual(a.orders.slice(0, 20))
  })

  it("gives a different store for another seed, with the same shape", () => {
    const a = planDemoStore(options)
    const b = planDemoStore({ ...options, seed: 8 })
    expect(fingerprint(b)).not.toBe(fingerprint(a))
    expect(b.products.length).toBe(a.products.length)
    expect(b.customers.length).toBe(a.customers.length)
  })

  it("keeps the catalog when only the history moves", () => {
    const a = planDemoStore(options)
    const b = planDemoStore({ ...options, until: "2025-09-30" })
    expect(fingerprint(b.products)).toBe(fingerprint(a.products))
    expect(b.historyStart).toBe("2024-09-01T00:00:00.000Z")
    expect(b.historyEnd).toBe("2025-09-30T23:59:59.999Z")
  })
})

describe("planDemoStore: input checks", () => {
  it.each([
    [{ seed: 1, scale: 1, until: "2025-02-30" }, /not a calendar date/],
    [{ seed: 1, scale: 1, until: "31/10/2025" }, /YYYY-MM-DD/],
    [{ seed: 1, scale: 0, until: "2025-10-31" }, /scale/],
    [{ seed: 1, scale: Number.NaN, until: "2025-10-31" }, /scale/],
    [{ seed: 1, scale: 50, until: "2025-10-31" }, /scale/],
    [{ seed: 1.5, scale: 1, until: "2025-10-31" }, /seed/],
  ])("rejects %j", (options, message) => {
    expect(() => planDemoStore(options)).toThrow(message)
  })
})

describe("planDemoStore: a small store is still complete (scale 0.05)", () => {
  const plan = planDemoStore({ seed: 3, scale: 0.05, until: "2026-03-15" })
  const summary = describeDemoPlan(plan)

  it("has every kind of record", () => {
    // the base store, before the capability plugins' plants add their promotions, customers and orders
    const base = planDemoStore({ seed: 3, scale: 0.05, until: "2026-03-15" }, [])
    expect(describeDemoPlan(base).counts).toMatchObject({ regions: 2, stockLocations: 4, promotions: 6 })
    expect(base.customers.length).toBe(200)
    expect(summary.counts).toMatchObject({ regions: 2, stockLocations: 4 })
    expect(summary.counts.promotions).toBeGreaterThanOrEqual(6)
    expect(plan.products.length).toBeGreaterThanOrEqual(30)
    expect(summary.counts.leafCategories).toBe(27)
    expect(plan.customers.length).toBeGreaterThanOrEqual(200)
    expect(plan.orders.length).toBeGreaterThan(800)
    expect(plan.events.length).toBeGreaterThan(10_000)
  })

  it("has every behaviour, and orders in every month of a mid-month history", () => {
    for (const b of BEHAVIOURS) expect(summary.behaviours[b].customers).toBeGreaterThanOrEqual(3)
    // 2025-03 … 2026-03: twelve full months and the first half of March 2026
    expect(Object.keys(summary.ordersPerMonth).sort()).toEqual([
      "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11",
      "2025-12", "2026-01", "2026-02", "2026-03",
    ])
    expect(plan.orders[plan.orders.length - 1].created_at < "2026-03-16").toBe(true)
  })

  it("has every event type, promotions in use, cancellations and returns", () => {
    for (const n of Object.values(summary.eventsByType)) expect(n).toBeGreaterThan(0)
    expect(Object.keys(summary.promotionUses).length).toBeGreaterThanOrEqual(4)
    expect(plan.orders.some((o) => o.status === "canceled")).toBe(true)
    expect(plan.orders.some((o) => o.return)).toBe(true)
  })
})

describe("describeDemoPlan", () => {
  it("counts a hand-made plan", () => {
    const plan = planDemoStore({ seed: 1, scale: 0.05, until: "2025-10-31" })
    const customers = plan.customers.slice(0, 2)
    const [a, b] = customers
    const order = (key: string, customerKey: string, created_at: string, extra: object = {}) => ({
      key,
      customerKey,
      regionKey: "reg_eu",
      currency_code: "eur" as const,
      created_at,
      status: "completed" as const,
      items: [{ variantKey: "v1", quantity: 2, unit_price: 1000 }],
      subtotal: 2000,
      promotionCode: null,
      discount_total: 0,
      shipping_total: 495,
      total: 2495,
      session_id: `s_${key}`,
      ...extra,
    })
    const event = (type: "product_viewed" | "cart_item_added" | "checkout_started", session: string, customerKey: string | null) =>
      ({ type, anonymous_id: `d_${session}`, session_id: session, customerKey, occurred_at: "2025-01-01T00:00:00.000Z", properties: {} }) as never
    const tiny = {
      ...plan,
      customers,
      orders: [
        order("o1", a.key, "2025-01-05T10:00:00.000Z", { promotionCode: "WELCOME10", discount_total: 200 }),
        order("o2", a.key, "2025-02-05T10:00:00.000Z", {
          return: { requested_at: "x", received_at: "y", items: [{ variantKey: "v1", quantity: 1 }], refund_amount: 1000 },
        }),
        order("o3", b.key, "2025-02-06T10:00:00.000Z", { status: "canceled", canceled_at: "2025-02-06T11:00:00.000Z" }),
      ],
      events: [
        event("product_viewed", "s_o1", null),
        event("cart_item_added", "s_o1", null),
        event("checkout_started", "s_o1", a.key),
        event("product_viewed", "s_browse", null),
        event("product_viewed", "s_cart", null),
        event("cart_item_added", "s_cart", null),
        event("checkout_started", "s_no_view", null), // not counted: never viewed in that session
      ],
    }
    const s = describeDemoPlan(tiny)
    expect(s.counts.orders).toBe(3)
    expect(s.ordersPerMonth).toEqual({ "2025-01": 1, "2025-02": 2 })
    expect(s.promotionShare).toBeCloseTo(1 / 3)
    expect(s.promotionUses).toEqual({ WELCOME10: 1 })
    expect(s.cancellationRate).toBeCloseTo(1 / 3)
    expect(s.returnRate).toBe(0.5) // 1 of 2 completed
    expect(s.partialReturnShare).toBe(1) // 1 of 2 units back
    expect(s.funnel).toEqual({ viewed: 3, added_to_cart: 2, checkout_started: 1, ordered: 1 })
    expect(s.eventsByType.product_viewed).toBe(3)
    // o1's device belongs to customer a: its view is a's
    expect(s.behaviours[a.behaviour].productViewsPerCustomer).toBeGreaterThan(0)
  })
})
