import { model } from "@medusajs/framework/utils"

/** The own fleet's plan for one region and day (solved by lib/vrp); versions per (region, day), one current. */
const FinesseLogisticsDispatchPlan = model
  .define("finesse_logistics_dispatch_plan", {
    id: model.id({ prefix: "fldp" }).primaryKey(),
    fleet_region_id: model.text(),
    day: model.text(),
    version: model.number().default(1),
    current: model.boolean().default(true),
    stops: model.number().default(0),
    vehicles_used: model.number().default(0),
    vehicles_available: model.number().default(0),
    distance_km: model.float().default(0),
    duration_min: model.float().default(0),
    feasible: model.boolean().default(false),
    unserved: model.json(),
    problems: model.json(),
    // depot { name, lat, lng }, shift, road model, solver statistics
    details: model.json(),
    job_id: model.text().nullable(),
  })
  .indexes([{ on: ["fleet_region_id", "day", "current"] }])

export default FinesseLogisticsDispatchPlan
