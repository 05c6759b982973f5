import { model } from "@medusajs/framework/utils"

/** An SLA warning or breach sent for a case, once per metric, type and reopen cycle (the unique index makes a second send fail). */
const FinesseAfterSalesSlaAlert = model
  .define("finesse_after_sales_sla_alert", {
    id: model.id({ prefix: "fassla" }).primaryKey(),
    case_id: model.text(),
    cycle: model.number().default(0),
    metric: model.enum(["first_response", "resolution"]),
    type: model.enum(["warning", "breach"]),
    crossed_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
    receiver_id: model.text().nullable(),
  })
  .indexes([{ on: ["case_id", "cycle", "metric", "type"], unique: true }, { on: ["created_at"] }])

export default FinesseAfterSalesSlaAlert
