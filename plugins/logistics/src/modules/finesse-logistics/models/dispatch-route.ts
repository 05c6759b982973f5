import { model } from "@medusajs/framework/utils"

/** One vehicle's route of a dispatch plan: stops in order with times (minutes after midnight UTC). */
const FinesseLogisticsDispatchRoute = model
  .define("finesse_logistics_dispatch_route", {
    id: model.id({ prefix: "flrt" }).primaryKey(),
    plan_id: model.text(),
    route_index: model.number(),
    vehicle_id: model.text().nullable(),
    vehicle_name: model.text(),
    driver_id: model.text().nullable(),
    driver_name: model.text().nullable(),
    stops: model.json(),
    distance_km: model.float(),
    load: model.number(),
    start_min: model.float(),
    end_min: model.float(),
    duration_min: model.float(),
  })
  .indexes([{ on: ["plan_id"] }])

export default FinesseLogisticsDispatchRoute
