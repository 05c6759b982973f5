import { model } from "@medusajs/framework/utils"

/** What happened to a case (lib CASE_ACTIONS and the remedy steps), by whom: the case page's timeline. */
const FinesseAfterSalesCaseEvent = model
  .define("finesse_after_sales_case_event", {
    id: model.id({ prefix: "fasevt" }).primaryKey(),
    case_id: model.text(),
    action: model.text(),
    from_status: model.text().nullable(),
    to_status: model.text().nullable(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
    // ids, amounts and rule codes only: no personal data
    data: model.json().nullable(),
  })
  .indexes([{ on: ["case_id", "created_at"] }])

export default FinesseAfterSalesCaseEvent
