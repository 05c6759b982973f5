import { model } from "@medusajs/framework/utils"

/**
 * A supplier's terms for one variant, at one stock location or (location_id null) at every location: lead time
 * and its spread in days, pack size, minimum order, cost of placing an order (minor units of `currency_code`).
 */
const FinesseCatalogLeadTime = model
  .define("finesse_catalog_lead_time", {
    id: model.id({ prefix: "fclt" }).primaryKey(),
    variant_id: model.text(),
    location_id: model.text().nullable(),
    sku: model.text().nullable(),
    supplier: model.text().nullable(),
    lead_time_days: model.float(),
    lead_time_sd_days: model.float().nullable(),
    pack_size: model.number().nullable(),
    moq: model.number().nullable(),
    order_cost: model.number().nullable(),
    currency_code: model.text().nullable(),
    // manual | import | seed
    source: model.text().default("manual"),
    updated_by: model.text().nullable(),
  })
  .indexes([{ on: ["variant_id", "location_id"] }, { on: ["supplier"] }])

export default FinesseCatalogLeadTime
