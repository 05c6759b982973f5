import { model } from "@medusajs/framework/utils"

/**
 * One message to one customer. `delivery_key` (campaign | customer | occasion) is unique: a retried job finds the
 * row instead of creating a second message, and the notification carries an idempotency key derived from it.
 */
const FinesseRecDelivery = model
  .define("finesse_rec_delivery", {
    id: model.id({ prefix: "frdel" }).primaryKey(),
    delivery_key: model.text(),
    campaign_id: model.text(),
    customer_id: model.text(),
    channel: model.text(),
    to: model.text().nullable(),
    status: model.enum(["scheduled", "sending", "sent", "failed", "skipped"]).default("scheduled"),
    reason: model.text().nullable(),
    scheduled_for: model.dateTime(),
    sent_at: model.dateTime().nullable(),
    notification_id: model.text().nullable(),
    recommendation_id: model.text().nullable(),
    product_ids: model.json().nullable(),
    data: model.json().nullable(),
    opened_at: model.dateTime().nullable(),
    open_count: model.number().default(0),
    clicked_at: model.dateTime().nullable(),
    click_count: model.number().default(0),
  })
  .indexes([
    { on: ["delivery_key"], unique: true },
    { on: ["campaign_id", "status"] },
    { on: ["customer_id", "scheduled_for"] },
    { on: ["status", "scheduled_for"] },
  ])

export default FinesseRecDelivery
