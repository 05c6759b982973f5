import { model } from "@medusajs/framework/utils"

/**
 * A message on a case: customer-visible (the conversation) or an internal note (agents only). `body` is encrypted
 * at rest whoever wrote it: customers write personal details, and agents quote them.
 */
const FinesseAfterSalesMessage = model
  .define("finesse_after_sales_message", {
    id: model.id({ prefix: "fasmsg" }).primaryKey(),
    case_id: model.text(),
    visibility: model.enum(["customer", "internal"]).default("customer"),
    author_type: model.enum(["agent", "customer", "system"]),
    author_id: model.text().nullable(),
    body: model.text(),
    // the saved reply an agent started from
    reply_key: model.text().nullable(),
  })
  .indexes([{ on: ["case_id", "created_at"] }])

export default FinesseAfterSalesMessage
