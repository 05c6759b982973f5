import { model } from "@medusajs/framework/utils"

/** An own-fleet delivery region (lib/mode/fleet-region.ts): depot, coverage, costs, shift and mode policy. */
const FinesseLogisticsFleetRegion = model.define("finesse_logistics_fleet_region", {
  id: model.id({ prefix: "flfr" }).primaryKey(),
  name: model.text(),
  depot_location_id: model.text(),
  countries: model.json(),
  postcode_prefixes: model.json(),
  radius_km: model.float().nullable(),
  currency_code: model.text(),
  cost_per_km: model.number(),
  cost_per_stop: model.number(),
  cost_per_hour: model.number(),
  speed_kmh: model.float(),
  detour_factor: model.float(),
  stops_per_route: model.number(),
  stops_per_day: model.number(),
  area_km2: model.float().nullable(),
  shift_start_min: model.number(),
  shift_end_min: model.number(),
  service_min: model.float(),
  service_per_unit_min: model.float(),
  cutoff_hour: model.number(),
  delivery_days: model.number(),
  // own_fleet | carrier | hybrid_cheapest | hybrid_fastest
  policy: model.text(),
  solver_seconds: model.float().default(5),
  active: model.boolean().default(true),
})

export default FinesseLogisticsFleetRegion
