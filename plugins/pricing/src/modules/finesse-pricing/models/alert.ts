import { model } from "@medusajs/framework/utils"

/** An alert (undercut, price war, competitor out of stock); `key` is stable per situation, so it is raised once. */
const FinessePricingAlert = model
  .define("finesse_pricing_alert", {
    id: model.id({ prefix: "fpalr" }).primaryKey(),
    key: model.text(),
    code: model.text(),
    severity: model.enum(["info", "warning", "critical"]),
    status: model.enum(["open", "acknowledged", "resolved"]).default("open"),
    variant_id: model.text(),
    product_id: model.text(),
    competitor_id: model.text().nullable(),
    currency_code: model.text(),
    message: model.text(),
    data: model.json().nullable(),
    raised_at: model.dateTime(),
    last_seen_at: model.dateTime(),
    resolved_at: model.dateTime().nullable(),
    acknowledged_by: model.text().nullable(),
    notification_id: model.text().nullable(),
  })
  .indexes([{ on: ["key"], unique: true }, { on: ["status", "raised_at"] }, { on: ["product_id"] }])

export default FinessePricingAlert
