import { model } from "@medusajs/framework/utils"

const FinesseLogisticsVehicle = model
  .define("finesse_logistics_vehicle", {
    id: model.id({ prefix: "flveh" }).primaryKey(),
    fleet_region_id: model.text(),
    name: model.text(),
    // units it carries
    capacity: model.number(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["fleet_region_id"] }])

export default FinesseLogisticsVehicle
