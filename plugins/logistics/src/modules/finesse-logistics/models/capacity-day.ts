import { model } from "@medusajs/framework/utils"

/** Shipments routed to a location on a day (UTC), against its daily capacity. */
const FinesseLogisticsCapacityDay = model
  .define("finesse_logistics_capacity_day", {
    id: model.id({ prefix: "flcap" }).primaryKey(),
    location_id: model.text(),
    day: model.text(),
    shipments: model.number().default(0),
  })
  .indexes([{ on: ["location_id", "day"], unique: true }])

export default FinesseLogisticsCapacityDay
