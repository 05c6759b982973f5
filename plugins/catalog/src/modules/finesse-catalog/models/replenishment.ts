import { model } from "@medusajs/framework/utils"

/**
 * The replenishment plan of one variant at one stock location: Medusa's inventory level, the forecast demand, the
 * supplier's terms, and what to order (reorder point, safety stock, order quantity, days of cover, stock-out
 * risk) with the reason in words. Money in minor units of `currency_code`.
 */
const FinesseCatalogReplenishment = model
  .define("finesse_catalog_replenishment", {
    id: model.id({ prefix: "fcrp" }).primaryKey(),
    run_id: model.text(),
    variant_id: model.text(),
    location_id: model.text(),
    product_id: model.text().nullable(),
    sku: model.text().nullable(),
    title: model.text().nullable(),
    location_name: model.text().nullable(),
    supplier: model.text().nullable(),
    currency_code: model.text().nullable(),
    stocked: model.number(),
    reserved: model.number(),
    incoming: model.number(),
    available: model.number(),
    inventory_position: model.number(),
    mean_per_day: model.float(),
    safety_stock: model.float(),
    reorder_point: model.number(),
    order_up_to: model.number(),
    eoq: model.number(),
    suggested_qty: model.number(),
    unit_cost: model.number().nullable(),
    order_value: model.number().default(0),
    days_of_cover: model.float().nullable(),
    stockout_risk: model.float(),
    demand_model: model.text(),
    reorder: model.boolean(),
    reason: model.text(),
    lead_time_days: model.float(),
    lead_time_sd_days: model.float().nullable(),
    lead_time_source: model.text(),
    demand_class: model.text().nullable(),
    forecast_method: model.text().nullable(),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["run_id", "reorder", "stockout_risk"] }, { on: ["variant_id"] }])

export default FinesseCatalogReplenishment
