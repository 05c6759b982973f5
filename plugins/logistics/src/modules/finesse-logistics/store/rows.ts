// Row shapes of the raw-SQL paths and their mapping to lib types.
import type { FleetRegion, ModePolicy } from "../../../lib/mode/fleet-region"
import type { RateRow } from "../../../lib/rates/rate-table"

export type LocationRow = {
  id: string
  stock_location_id: string
  name: string
  country_code: string | null
  postal_code: string | null
  city: string | null
  lat: number | null
  lng: number | null
  geocode_source: string | null
  markets: string[]
  daily_capacity: number | null
  priority: number
  active: boolean
  carrier_cutoff_hour: number
}

export type FleetRegionRow = Omit<FleetRegion, "depot" | "policy" | "vehicles" | "vehicle_capacity"> & { depot_location_id: string; policy: string; solver_seconds: number; active: boolean }

/** The lib's region: the fleet is the region's active vehicles, a vehicle's capacity the smallest of theirs. */
export function toFleetRegion(r: FleetRegionRow, depot: LocationRow | undefined, vehicles: { capacity: number }[]): FleetRegion | null {
  if (!depot || depot.lat === null || depot.lng === null) return null
  return {
    id: r.id,
    name: r.name,
    depot: { location_id: depot.stock_location_id, lat: depot.lat, lng: depot.lng },
    countries: (r.countries ?? []).map((c) => c.toLowerCase()),
    postcode_prefixes: r.postcode_prefixes ?? [],
    radius_km: r.radius_km,
    currency_code: r.currency_code,
    cost_per_km: r.cost_per_km,
    cost_per_stop: r.cost_per_stop,
    cost_per_hour: r.cost_per_hour,
    speed_kmh: r.speed_kmh,
    detour_factor: r.detour_factor,
    vehicles: vehicles.length,
    vehicle_capacity: vehicles.length ? Math.min(...vehicles.map((v) => v.capacity)) : 0,
    stops_per_route: r.stops_per_route,
    stops_per_day: r.stops_per_day,
    area_km2: r.area_km2,
    shift_start_min: r.shift_start_min,
    shift_end_min: r.shift_end_min,
    service_min: r.service_min,
    service_per_unit_min: r.service_per_unit_min,
    cutoff_hour: r.cutoff_hour,
    delivery_days: r.delivery_days,
    policy: r.policy as ModePolicy,
  }
}

export function toRateRow(r: Record<string, any>): RateRow {
  return {
    carrier_code: r.carrier_code,
    service: r.service,
    origin_country: r.origin_country,
    dest_country: r.dest_country,
    dest_postcode_prefix: r.dest_postcode_prefix,
    max_weight_g: Number(r.max_weight_g),
    price: Number(r.price),
    currency_code: r.currency_code,
    transit_days: Number(r.transit_days),
  }
}
