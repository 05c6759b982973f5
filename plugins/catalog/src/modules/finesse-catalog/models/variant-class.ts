import { model } from "@medusajs/framework/utils"

/**
 * Product selection per variant: ABC (share of sales value) × XYZ (variability of weekly demand), stock status
 * (dead, slow, ok, no stock) and, for C items with reasons, a drop score. Money in minor units of the store's
 * default currency.
 */
const FinesseCatalogVariantClass = model
  .define("finesse_catalog_variant_class", {
    id: model.id({ prefix: "fcvc" }).primaryKey(),
    run_id: model.text(),
    variant_id: model.text(),
    product_id: model.text().nullable(),
    sku: model.text().nullable(),
    title: model.text().nullable(),
    abc: model.text(),
    xyz: model.text(),
    revenue: model.number(),
    margin: model.number().nullable(),
    share: model.float(),
    cumulative_share: model.float(),
    cv: model.float().nullable(),
    rank: model.number(),
    units: model.number(),
    on_hand: model.number(),
    stock_status: model.text(),
    days_since_last_sale: model.float().nullable(),
    days_of_cover: model.float().nullable(),
    stock_value: model.number().default(0),
    drop_score: model.float().nullable(),
    reasons: model.json().nullable(),
  })
  .indexes([{ on: ["run_id", "abc", "xyz"] }, { on: ["run_id", "drop_score"] }, { on: ["variant_id"] }])

export default FinesseCatalogVariantClass
