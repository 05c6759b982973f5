import { model } from "@medusajs/framework/utils"

/**
 * One observed competitor price. Written in bulk (store/observations.ts); the same competitor, variant, currency
 * and instant is one observation, so a re-sent batch corrects instead of doubling.
 */
const FinessePricingObservation = model
  .define("finesse_pricing_observation", {
    id: model.id({ prefix: "fpobs" }).primaryKey(),
    competitor_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    currency_code: model.text(),
    price: model.number(),
    in_stock: model.boolean().default(true),
    observed_at: model.dateTime(),
    source: model.text().default("api"),
    offer_id: model.text().nullable(),
    url: model.text().nullable(),
  })
  .indexes([
    { on: ["competitor_id", "variant_id", "currency_code", "observed_at"], unique: true },
    { on: ["variant_id", "observed_at"] },
    { on: ["product_id", "observed_at"] },
    { on: ["observed_at"] },
  ])

export default FinessePricingObservation
