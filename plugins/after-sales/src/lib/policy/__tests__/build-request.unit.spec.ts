import { buildReturnRequest, OrderSnapshot, summarizeDecision, UnknownOrderLineError } from "../build-request"
import { DEFAULT_RETURN_POLICY } from "../default-policy"
import { evaluateReturnPolicy } from "../evaluate-policy"

const DAY = 86_400_000
const order: OrderSnapshot = {
  id: "order_1",
  customerId: "cus_1",
  placedAt: 0,
  deliveredAt: 2 * DAY,
  regionId: "reg_eu",
  countryCode: "de",
  items: [
    { id: "li_shirt", productId: "prod_shirt", variantId: "var_shirt_m", categoryIds: ["cat_shirts"], tags: [], finalSale: false, quantity: 2, returnedQuantity: 1, unitPriceMinor: 4_000 },
    { id: "li_sale", productId: "prod_sale", variantId: null, categoryIds: [], tags: ["final_sale"], finalSale: true, quantity: 1, returnedQuantity: 0, unitPriceMinor: 1_500 },
  ],
}

describe("building the policy's request from an order", () => {
  it("carries what was bought, returned and paid on each asked line", () => {
    const r = buildReturnRequest("return", order, [{ lineItemId: "li_shirt", quantity: 1, condition: "unopened", resolution: "refund" }], null)
    expect(r.lines[0]).toMatchObject({ lineId: "li_shirt", purchasedQuantity: 2, returnedQuantity: 1, unitPriceMinor: 4_000, categoryIds: ["cat_shirts"], requestedResolution: "refund" })
    expect(r.order).toEqual({ id: "order_1", placedAt: 0, deliveredAt: 2 * DAY, regionId: "reg_eu", countryCode: "de" })
  })

  it("names a line that is not on the order", () => {
    expect(() => buildReturnRequest("return", order, [{ lineItemId: "li_other", quantity: 1 }], null)).toThrow(UnknownOrderLineError)
  })

  it("summarises a refusal by the rule that made it", () => {
    const r = buildReturnRequest("return", order, [{ lineItemId: "li_sale", quantity: 1, condition: "unopened", resolution: "refund" }], null)
    const s = summarizeDecision(evaluateReturnPolicy(DEFAULT_RETURN_POLICY, r, 5 * DAY))
    expect(s).toMatchObject({ outcome: "refuse", decided_by: { rule_code: "final_sale", rule_id: "final-sale" } })
    expect(s.lines[0]).toMatchObject({ line_item_id: "li_sale", outcome: "refuse", message: "final-sale items cannot be returned" })
    // the second unit of the shirt is still returnable; a third is not
    const two = summarizeDecision(evaluateReturnPolicy(DEFAULT_RETURN_POLICY, buildReturnRequest("return", order, [{ lineItemId: "li_shirt", quantity: 2, condition: "unopened", resolution: "refund" }], null), 5 * DAY))
    expect(two.decided_by?.rule_code).toBe("returnable_quantity")
    expect(two.lines[0].numbers).toMatchObject({ requested: 2, returnable: 1 })
  })
})
