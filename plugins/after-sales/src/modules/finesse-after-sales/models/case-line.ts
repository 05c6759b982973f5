import { model } from "@medusajs/framework/utils"
import { ITEM_CONDITIONS, RESOLUTIONS } from "../../../lib/policy/policy-types"

/** An order line a return, exchange, claim or repair case is about, with what the customer asked and what the policy said. */
const FinesseAfterSalesCaseLine = model
  .define("finesse_after_sales_case_line", {
    id: model.id({ prefix: "fasline" }).primaryKey(),
    case_id: model.text(),
    line_item_id: model.text(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    title: model.text().nullable(),
    quantity: model.number(),
    // paid per unit after discounts, minor units
    unit_price: model.number().default(0),
    condition: model.enum([...ITEM_CONDITIONS]).nullable(),
    resolution: model.enum([...RESOLUTIONS]).nullable(),
    // the variant to send out for an exchange or a replacement (default: the same variant)
    exchange_variant_id: model.text().nullable(),
    reason: model.text().nullable(),
    outcome: model.text().nullable(),
    decided_by: model.text().nullable(),
    decision_message: model.text().nullable(),
  })
  .indexes([{ on: ["case_id"] }, { on: ["line_item_id"] }])

export default FinesseAfterSalesCaseLine
