import { model } from "@medusajs/framework/utils"

/** Events dropped or flagged by cleaning, counted per day and reason (duplicate, bot_burst, …). */
const FinesseEventRejection = model
  .define("finesse_event_rejection", {
    id: model.id({ prefix: "fevr" }).primaryKey(),
    day: model.text(), // YYYY-MM-DD (UTC)
    reason: model.text(),
    // "dropped" (not stored) or "flagged" (stored with a flag)
    action: model.text(),
    count: model.number().default(0),
  })
  .indexes([{ on: ["day", "reason", "action"], unique: true }])

export default FinesseEventRejection
