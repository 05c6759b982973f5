import { model } from "@medusajs/framework/utils"

/** The satisfaction survey of a resolved case: scheduled, sent through the notification module, answered by token. */
const FinesseAfterSalesSurvey = model
  .define("finesse_after_sales_survey", {
    id: model.id({ prefix: "fassur" }).primaryKey(),
    case_id: model.text(),
    customer_id: model.text().nullable(),
    token: model.text(),
    scale: model.enum(["csat", "nps"]).default("csat"),
    status: model.enum(["scheduled", "sent", "answered", "failed", "skipped"]).default("scheduled"),
    send_at: model.dateTime(),
    sent_at: model.dateTime().nullable(),
    answered_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
    error: model.text().nullable(),
  })
  .indexes([{ on: ["token"], unique: true }, { on: ["case_id"] }, { on: ["status", "send_at"] }])

export default FinesseAfterSalesSurvey
