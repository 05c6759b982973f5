import { model } from "@medusajs/framework/utils"

/** A variant's own price limits in one currency: the brand's minimum advertised price and hand-set bounds. */
const FinessePricingVariantLimit = model
  .define("finesse_pricing_variant_limit", {
    id: model.id({ prefix: "fplim" }).primaryKey(),
    variant_id: model.text(),
    currency_code: model.text(),
    map_price: model.number().nullable(),
    min_price: model.number().nullable(),
    max_price: model.number().nullable(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["variant_id", "currency_code"], unique: true }])

export default FinessePricingVariantLimit
