import { model } from "@medusajs/framework/utils"

/**
 * What an approved case turned into in Medusa (a return, an exchange, a claim) or in this plugin (a repair), with
 * the money it owes: `refund_amount` through Medusa's refund flow, `store_credit_amount` as credit. Minor units.
 */
const FinesseAfterSalesRemedy = model
  .define("finesse_after_sales_remedy", {
    id: model.id({ prefix: "fasrem" }).primaryKey(),
    case_id: model.text(),
    type: model.enum(["return", "exchange", "claim", "repair"]),
    status: model.text().default("requested"),
    order_id: model.text().nullable(),
    return_id: model.text().nullable(),
    exchange_id: model.text().nullable(),
    claim_id: model.text().nullable(),
    repair_id: model.text().nullable(),
    currency_code: model.text().nullable(),
    refund_amount: model.number().default(0),
    store_credit_amount: model.number().default(0),
    refunded_amount: model.number().default(0),
    // [{ line_item_id, quantity, value }]
    items: model.json().nullable(),
    data: model.json().nullable(),
  })
  .indexes([{ on: ["case_id"] }, { on: ["return_id"] }, { on: ["exchange_id"] }, { on: ["claim_id"] }])

export default FinesseAfterSalesRemedy
