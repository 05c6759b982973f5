import { model } from "@medusajs/framework/utils"

/** The unit cost of a product variant in one currency (minor units). Margin everywhere is price minus this. */
const FinesseVariantCost = model
  .define("finesse_variant_cost", {
    id: model.id({ prefix: "fvc" }).primaryKey(),
    variant_id: model.text(),
    currency_code: model.text(),
    amount: model.number(),
    // manual | import | seed
    source: model.text().default("manual"),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["variant_id", "currency_code"], unique: true }])

export default FinesseVariantCost
