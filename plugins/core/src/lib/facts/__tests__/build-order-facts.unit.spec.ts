import { allocate, buildOrderFacts } from "../build-order-facts"
import type { SourceOrder } from "../types"

const base: SourceOrder = {
  id: "order_1",
  display_id: 7,
  customer_id: "cus_1",
  sales_channel_id: "sc_1",
  region_id: "reg_1",
  currency_code: "EUR",
  created_at: "2026-03-04T10:00:00.000Z",
  status: "completed",
  canceled_at: null,
  refunded_total: "0",
  cart_id: "cart_1",
  promotion_codes: ["SUMMER20", "SUMMER20"],
  shipping_methods: [{ amount: "4.95", adjustments: [], tax_rates: [], is_tax_inclusive: false }],
  items: [
    // 2 × 20.00, 8.00 discount, cost 9.00
    { id: "li_a", product_id: "p_a", variant_id: "v_a", title: "Shirt", quantity: 2, unit_price: "20", is_tax_inclusive: false, adjustments: [{ amount: "8", code: "SUMMER20" }], tax_rates: [], returned_quantity: 0 },
    // 1 × 15.50, no discount, no cost known
    { id: "li_b", product_id: "p_b", variant_id: "v_b", title: "Hat", quantity: 1, unit_price: "15.5", is_tax_inclusive: false, adjustments: [], tax_rates: [], returned_quantity: 0 },
  ],
}
const ctx = {
  costs: new Map([["v_a", new Map([["eur", 900]])]]),
  categories: new Map([["p_a", "pcat_shirts"]]),
  session: { anonymous_id: "anon_1", session_id: "sess_1" },
}

describe("buildOrderFacts", () => {
  it("computes goods, discount, shipping, cost and margin in minor units", () => {
    const { order, lines } = buildOrderFacts(base, ctx)
    expect(order).toMatchObject({
      currency_code: "eur",
      subtotal: 5550, // 4000 + 1550
      discount_total: 800,
      shipping_total: 495,
      tax_total: 0,
      total: 5245, // 5550 - 800 + 495
      cost_total: 1800,
      units: 3,
      item_count: 2,
      // line a: 4000 - 800 - 1800 = 1400; line b: 1550 - 0 - 0 (cost unknown)
      margin: 2950,
      cost_complete: false,
      promotion_codes: ["SUMMER20"],
      anonymous_id: "anon_1",
      session_id: "sess_1",
      canceled_at: null,
    })
    expect(lines[0]).toMatchObject({ category_id: "pcat_shirts", unit_cost: 900, cost_total: 1800, margin: 1400, total: 3200 })
    expect(lines[1]).toMatchObject({ category_id: null, unit_cost: null, margin: 1550 })
  })

  it("credits a refund to the returned lines and gives back the returned units' cost", () => {
    const returned = {
      ...base,
      refunded_total: "16", // one shirt: 20 less its 4 share of the discount
      items: [{ ...base.items[0], returned_quantity: 1 }, base.items[1]],
    }
    const { order, lines } = buildOrderFacts(returned, ctx)
    expect(lines[0]).toMatchObject({ returned_quantity: 1, refund_amount: 1600 })
    expect(lines[1].refund_amount).toBe(0)
    // line a: 3200 revenue - 1800 cost - 1600 refund + 900 returned cost = 700
    expect(lines[0].margin).toBe(700)
    expect(order).toMatchObject({ refund_total: 1600, returned_units: 1, margin: 700 + 1550 })
  })

  it("adds tax on top for tax-exclusive prices and extracts it from tax-inclusive ones", () => {
    const exclusive = buildOrderFacts(
      { ...base, items: [{ ...base.items[1], tax_rates: ["19"] }], shipping_methods: [] },
      ctx
    ).order
    expect(exclusive).toMatchObject({ subtotal: 1550, tax_total: 295, total: 1845 }) // 1550 × 0.19 = 294.5 → 295
    const inclusive = buildOrderFacts(
      { ...base, items: [{ ...base.items[1], tax_rates: ["19"], is_tax_inclusive: true }], shipping_methods: [] },
      ctx
    ).order
    expect(inclusive).toMatchObject({ subtotal: 1550, tax_total: 247, total: 1550 }) // 1550 - 1550/1.19 = 247.5 → 247
  })

  it("marks a canceled order with its cancel time", () => {
    const { order } = buildOrderFacts({ ...base, status: "canceled", canceled_at: "2026-03-05T08:00:00.000Z" }, ctx)
    expect(order.canceled_at?.toISOString()).toBe("2026-03-05T08:00:00.000Z")
  })
})

describe("allocate", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [0, 0], [0, 0]],
    [7, [2, 0, 5], [2, 0, 5]],
    [-5, [1, 1], [-3, -2]],
  ])("allocates %d over %j", (total, weights, expected) => {
    const out = allocate(total, weights)
    expect(out).toEqual(expected)
    expect(out.reduce((a, b) => a + b, 0)).toBe(weights.some((w) => w > 0) ? total : 0)
  })
})
