import { model } from "@medusajs/framework/utils"

/**
 * Demand of one variant at one stock location in one period (a Monday week or a UTC day), aggregated from core's
 * order line facts and the location that fulfilled (or reserved) each line. Kept current incrementally by the
 * forecast job; the source every forecast reads. `sizes` holds the quantity of each line (comma-separated) for
 * the order-size distribution; `revenue` is net of discounts, minor units of `currency_code` lines only when all
 * lines share it (see reads/core-tables).
 */
const FinesseCatalogDemand = model
  .define("finesse_catalog_demand", {
    id: model.id({ prefix: "fcd" }).primaryKey(),
    granularity: model.text(),
    variant_id: model.text(),
    location_id: model.text(),
    product_id: model.text().nullable(),
    period_start: model.dateTime(),
    units: model.number(),
    lines: model.number(),
    revenue: model.float().default(0),
    promo_units: model.number().default(0),
    sizes: model.text().nullable(),
  })
  .indexes([
    { on: ["granularity", "variant_id", "location_id", "period_start"], unique: true },
    { on: ["granularity", "period_start"] },
  ])

export default FinesseCatalogDemand
