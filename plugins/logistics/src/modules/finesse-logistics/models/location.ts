import { model } from "@medusajs/framework/utils"

/** Routing facts of a Medusa stock location: coordinates, markets, daily packing capacity, rank. */
const FinesseLogisticsLocation = model
  .define("finesse_logistics_location", {
    id: model.id({ prefix: "flloc" }).primaryKey(),
    stock_location_id: model.text(),
    name: model.text(),
    country_code: model.text().nullable(),
    postal_code: model.text().nullable(),
    city: model.text().nullable(),
    lat: model.float().nullable(),
    lng: model.float().nullable(),
    // "metadata", "postcode", "postcode_area", "city", "country", "manual" or null
    geocode_source: model.text().nullable(),
    // countries served as "the same market"
    markets: model.json(),
    // shipments per day; null = no limit
    daily_capacity: model.number().nullable(),
    priority: model.number().default(0),
    active: model.boolean().default(true),
    // carriers collect until this UTC hour
    carrier_cutoff_hour: model.number().default(14),
  })
  .indexes([{ on: ["stock_location_id"], unique: true }])

export default FinesseLogisticsLocation
