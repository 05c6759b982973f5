import { model } from "@medusajs/framework/utils"

/** A delivery-performance alert (lib/performance/alert-rules.ts); one open alert per key until it clears. */
const FinesseLogisticsAlert = model
  .define("finesse_logistics_alert", {
    id: model.id({ prefix: "flal" }).primaryKey(),
    key: model.text(),
    rule: model.text(),
    dimension: model.text().nullable(),
    group: model.text().nullable(),
    value: model.float(),
    threshold: model.float(),
    severity: model.text(),
    message: model.text(),
    // open | resolved
    status: model.text().default("open"),
    first_at: model.dateTime(),
    last_at: model.dateTime(),
    resolved_at: model.dateTime().nullable(),
    notified_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
  })
  .indexes([{ on: ["key", "status"] }, { on: ["status", "last_at"] }])

export default FinesseLogisticsAlert
