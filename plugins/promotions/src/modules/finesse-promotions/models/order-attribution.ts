import { model } from "@medusajs/framework/utils"

/** The channel credit of one order in an attribution run (a position-based order has several rows). */
const FinessePromotionOrderAttribution = model
  .define("finesse_promotion_order_attribution", {
    id: model.id({ prefix: "fpoa" }).primaryKey(),
    run_id: model.text(),
    order_id: model.text(),
    customer_id: model.text().nullable(),
    channel: model.text(),
    campaign: model.text().nullable(),
    weight: model.float(),
    revenue: model.number(),
    margin: model.number(),
    new_customer: model.boolean().default(false),
    placed_at: model.dateTime(),
  })
  .indexes([{ on: ["run_id", "channel"] }, { on: ["customer_id"] }, { on: ["order_id"] }])

export default FinessePromotionOrderAttribution
