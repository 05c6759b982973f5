import { model } from "@medusajs/framework/utils"

/** The notification sent for an incident (one per incident: `incident_id` is unique). */
const FinesseRiskAlert = model
  .define("finesse_risk_alert", {
    id: model.id({ prefix: "fralr" }).primaryKey(),
    incident_id: model.text(),
    severity: model.text(),
    channel: model.text(),
    title: model.text(),
    description: model.text(),
    status: model.enum(["sent", "failed"]),
    notification_id: model.text().nullable(),
    error: model.text().nullable(),
    sent_at: model.dateTime(),
  })
  .indexes([{ on: ["incident_id"], unique: true, where: "deleted_at IS NULL" }])

export default FinesseRiskAlert
