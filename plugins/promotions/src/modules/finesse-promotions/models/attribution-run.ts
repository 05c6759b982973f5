import { model } from "@medusajs/framework/utils"

/** One attribution of orders to marketing channels over a period by one model, with its totals and ROI rows. */
const FinessePromotionAttributionRun = model
  .define("finesse_promotion_attribution_run", {
    id: model.id({ prefix: "fpattr" }).primaryKey(),
    model: model.enum(["last_touch", "first_touch", "position_based"]),
    currency_code: model.text(),
    since: model.dateTime(),
    until: model.dateTime(),
    lookback_days: model.number().default(30),
    orders: model.number().default(0),
    untouched_orders: model.number().default(0),
    touches: model.number().default(0),
    // AttributionTotals[] and ChannelRoiRow[]
    by_channel: model.json(),
    by_campaign: model.json(),
    roi: model.json(),
    job_id: model.text().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["model", "computed_at"] }])

export default FinessePromotionAttributionRun
