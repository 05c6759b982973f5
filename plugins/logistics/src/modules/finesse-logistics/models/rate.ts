import { model } from "@medusajs/framework/utils"

/** One rate-table row (see lib/rates/rate-table.ts): price in minor units for a weight bracket and destination. */
const FinesseLogisticsRate = model
  .define("finesse_logistics_rate", {
    id: model.id({ prefix: "flrate" }).primaryKey(),
    carrier_code: model.text(),
    service: model.text(),
    origin_country: model.text().nullable(),
    dest_country: model.text(),
    dest_postcode_prefix: model.text().nullable(),
    max_weight_g: model.number(),
    price: model.number(),
    currency_code: model.text(),
    transit_days: model.number(),
  })
  .indexes([{ on: ["carrier_code"] }, { on: ["dest_country"] }])

export default FinesseLogisticsRate
