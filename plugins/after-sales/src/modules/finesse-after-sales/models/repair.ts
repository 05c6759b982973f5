import { model } from "@medusajs/framework/utils"
import { REPAIR_STATUSES } from "../../../lib/warranty/repair-status"

/** The repair behind a repair case (Medusa has none): its RMA number, status (lib REPAIR_STATUSES), warranty check and quote. */
const FinesseAfterSalesRepair = model
  .define("finesse_after_sales_repair", {
    id: model.id({ prefix: "fasrep" }).primaryKey(),
    case_id: model.text(),
    rma_number: model.text(),
    status: model.enum([...REPAIR_STATUSES]).default("requested"),
    line_item_id: model.text().nullable(),
    product_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    issue: model.text().nullable(),
    warranty_status: model.text(),
    warranty_term_id: model.text().nullable(),
    warranty_ends_at: model.dateTime().nullable(),
    covered: model.boolean().nullable(),
    quote_amount: model.number().nullable(),
    currency_code: model.text().nullable(),
    // [{ at, from, to, actor_type, actor_id }]
    history: model.json(),
  })
  .indexes([{ on: ["case_id"] }, { on: ["rma_number"], unique: true }])

export default FinesseAfterSalesRepair
