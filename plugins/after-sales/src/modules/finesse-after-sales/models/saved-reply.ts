import { model } from "@medusajs/framework/utils"

/** A saved reply ("macro") with {{variables}} (lib reply-template); its key is what suggestions group by. */
const FinesseAfterSalesSavedReply = model
  .define("finesse_after_sales_saved_reply", {
    id: model.id({ prefix: "fasrpl" }).primaryKey(),
    key: model.text(),
    title: model.text(),
    body: model.text(),
    kinds: model.json().nullable(),
    reasons: model.json().nullable(),
    use_count: model.number().default(0),
    archived: model.boolean().default(false),
  })
  .indexes([{ on: ["key"], unique: true }])

export default FinesseAfterSalesSavedReply
