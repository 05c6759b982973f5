import { computeActionsContext, replayedOrder, type ReplaySource } from "../replay-context"
import { summarizeReplay } from "../summarize-replay"

const order: ReplaySource = {
  id: "order_1",
  customer_id: "cus_1",
  email: "a@example.com",
  placed_at: Date.UTC(2026, 3, 2),
  currency_code: "eur",
  region_id: "reg_1",
  sales_channel_id: "sc_1",
  shipping_total: 495,
  lines: [
    { id: "l1", product_id: "prod_a", variant_id: "var_a", quantity: 2, unit_price: 2_000, discount_total: 400, unit_cost: 900 },
    { id: "l2", product_id: "prod_b", variant_id: "var_b", quantity: 1, unit_price: 1_500, discount_total: 0, unit_cost: null },
  ],
}

describe("replaying an order through computeActions", () => {
  it("builds the context a cart of the same lines gives Medusa: major units, customer groups, product attributes", () => {
    const ctx = computeActionsContext(order, {
      groups: new Map([["cus_1", ["cusgroup_t"]]]),
      products: new Map([["prod_a", { collection_id: "pcol_1", type_id: null, category_ids: ["pcat_1"], tag_ids: [] }]]),
    })
    expect(ctx).toMatchObject({ currency_code: "eur", region_id: "reg_1", sales_channel_id: "sc_1", email: "a@example.com", item_subtotal: 55, subtotal: 59.95 })
    expect(ctx.customer).toEqual({ id: "cus_1", groups: [{ id: "cusgroup_t" }] })
    expect(ctx.items[0]).toMatchObject({ id: "l1", quantity: 2, subtotal: 40, original_total: 40, is_discountable: true, product: { id: "prod_a", collection_id: "pcol_1", categories: [{ id: "pcat_1" }] } })
    expect(ctx.items[1].product.categories).toEqual([])
    expect(ctx.shipping_methods).toEqual([{ id: "order_1:shipping", subtotal: 4.95, original_total: 4.95 }])
  })

  it("adds the candidate's adjustments to the lines (capped at the line) and its shipping discount", () => {
    const r = replayedOrder(order, [
      { action: "addItemAdjustment", item_id: "l1", amount: 8, code: "NEW" },
      { action: "addItemAdjustment", item_id: "l2", amount: { toString: () => "20" }, code: "NEW" },
      { action: "addShippingMethodAdjustment", shipping_method_id: "order_1:shipping", amount: 4.95, code: "NEW" },
      { action: "removeItemAdjustment", item_id: "l1", code: "OLD" },
    ])
    expect(r.before.map((l) => l.discount_total)).toEqual([400, 0])
    expect(r.after.map((l) => l.discount_total)).toEqual([1_200, 1_500])
    expect(r.shipping_discount_added).toBe(495)
    const s = summarizeReplay([r])
    expect(s.discountCost).toBe(800 + 1_500 + 495)
    expect(s.affectedOrders).toBe(1)
    // margin only over lines with a cost: l1 net 4000 − 1200 − cost 1800, less the shipping given away
    expect(s.marginAfter).toBe(4_000 - 1_200 - 1_800 - 495)
    expect(s.linesWithoutCost).toBe(1)
  })
})
