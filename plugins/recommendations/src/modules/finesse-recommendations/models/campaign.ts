import { model } from "@medusajs/framework/utils"

/** A personalised push campaign: a trigger, a channel, content from recommendations, and its own cooldown. */
const FinesseRecCampaign = model
  .define("finesse_rec_campaign", {
    id: model.id({ prefix: "frcmp" }).primaryKey(),
    number: model.autoincrement(),
    name: model.text(),
    trigger: model.enum(["abandoned_cart", "back_in_stock", "price_drop", "replenishment", "new_arrivals"]),
    channel: model.text().default("email"),
    status: model.enum(["draft", "active", "paused"]).default("draft"),
    // notification template id handed to the provider
    template: model.text().default("finesse-recommendations"),
    subject: model.text().nullable(),
    item_count: model.number().default(4),
    // one message per customer per this many days for this campaign
    cooldown_days: model.number().default(7),
    // trigger parameters (hours, lookback, thresholds), see lib/push/triggers.ts
    params: model.json().nullable(),
    last_run_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["number"], unique: true }, { on: ["status"] }])

export default FinesseRecCampaign
