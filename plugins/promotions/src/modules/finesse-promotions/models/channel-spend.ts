import { model } from "@medusajs/framework/utils"

/** Marketing spend entered or imported by an admin, integer minor units over [starts_at, ends_at). */
const FinessePromotionChannelSpend = model
  .define("finesse_promotion_channel_spend", {
    id: model.id({ prefix: "fpspend" }).primaryKey(),
    channel: model.text(),
    campaign: model.text().nullable(),
    amount: model.number(),
    currency_code: model.text(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    source: model.enum(["manual", "import", "demo"]).default("manual"),
    note: model.text().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["channel", "starts_at"] }])

export default FinessePromotionChannelSpend
