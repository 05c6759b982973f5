import { model } from "@medusajs/framework/utils"

/** Our variant ↔ a competitor's offer, matched by GTIN, SKU or by hand. */
const FinessePricingProductMatch = model
  .define("finesse_pricing_product_match", {
    id: model.id({ prefix: "fpmat" }).primaryKey(),
    competitor_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    offer_id: model.text().nullable(),
    method: model.enum(["gtin", "sku", "manual"]),
    gtin: model.text().nullable(),
    sku: model.text().nullable(),
    url: model.text().nullable(),
    active: model.boolean().default(true),
    created_by: model.text().nullable(),
  })
  .indexes([
    { on: ["competitor_id", "variant_id"], unique: true },
    { on: ["competitor_id", "offer_id"] },
    { on: ["product_id"] },
  ])

export default FinessePricingProductMatch
