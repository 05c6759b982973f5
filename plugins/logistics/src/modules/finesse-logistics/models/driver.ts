import { model } from "@medusajs/framework/utils"

/** A driver of the own fleet (an employee: only a display name is kept). */
const FinesseLogisticsDriver = model
  .define("finesse_logistics_driver", {
    id: model.id({ prefix: "fldrv" }).primaryKey(),
    fleet_region_id: model.text(),
    name: model.text(),
    vehicle_id: model.text().nullable(),
    active: model.boolean().default(true),
  })
  .indexes([{ on: ["fleet_region_id"] }])

export default FinesseLogisticsDriver
