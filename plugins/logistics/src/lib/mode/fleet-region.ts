// Own-fleet regions and the cost of one more stop in them. Before the day's routes exist, the cost of serving an
// order with the own fleet is estimated with Daganzo's continuous approximation of vehicle-routing distance:
//   total km ≈ 2·r̄·n / C + k·√(n·A)
// for n stops spread over an area A, at mean distance r̄ from the depot, C stops per route (C. F. Daganzo, "The
// distance traveled to visit N points with a maximum of C stops per vehicle: an analytic model and an
// application", Transportation Science 18(4), 1984; k ≈ 0.57 for Euclidean distances). One stop's share is
// 2·r/C (its part of the trip out and back) plus k·√(A/n) (the local detour between neighbours).
import { haversineKm, type LatLng } from "../geo/haversine"

export const DAGANZO_K = 0.57

export type FleetRegion = {
  id: string
  name: string
  depot: LatLng & { location_id: string }
  /** destination countries served; with postcode prefixes, only those postcodes */
  countries: string[]
  postcode_prefixes: string[]
  /** also limited to this straight-line radius around the depot (null: no limit) */
  radius_km: number | null
  currency_code: string
  /** minor units */
  cost_per_km: number
  cost_per_stop: number
  cost_per_hour: number
  speed_kmh: number
  detour_factor: number
  vehicles: number
  /** units per vehicle */
  vehicle_capacity: number
  /** expected stops per route and per day, and the served area (km²; null: π·radius²) for the approximation */
  stops_per_route: number
  stops_per_day: number
  area_km2: number | null
  /** driver shift, minutes after midnight UTC */
  shift_start_min: number
  shift_end_min: number
  service_min: number
  service_per_unit_min: number
  /** orders placed before this hour (UTC) go out on the next dispatch day */
  cutoff_hour: number
  /** days from the order day to the delivery day (1 = next day) */
  delivery_days: number
  /** how orders in the region choose between own fleet and carriers */
  policy: ModePolicy
}

export const MODE_POLICIES = ["own_fleet", "carrier", "hybrid_cheapest", "hybrid_fastest"] as const
export type ModePolicy = (typeof MODE_POLICIES)[number]

export type Destination = LatLng & { country_code: string; postal_code: string | null }

const norm = (s: string) => s.toUpperCase().replace(/[\s.\-]/g, "")

export function regionCovers(r: FleetRegion, d: Destination): boolean {
  if (!r.countries.includes(d.country_code.toLowerCase())) return false
  if (r.postcode_prefixes.length) {
    const pc = d.postal_code ? norm(d.postal_code) : ""
    if (!r.postcode_prefixes.some((p) => pc.startsWith(norm(p)))) return false
  }
  if (r.radius_km !== null && haversineKm(r.depot, d) > r.radius_km) return false
  return true
}

/** The first region (in the given order) that covers the destination. */
export function regionFor(regions: readonly FleetRegion[], d: Destination): FleetRegion | null {
  return regions.find((r) => regionCovers(r, d)) ?? null
}

export type OwnFleetEstimate = { km: number; minutes: number; cost: number; currency_code: string }

/**
 * One stop's share of the day's routes: road km (Daganzo's approximation × detour), minutes (driving at the
 * region's speed plus service), and cost = per stop + per km + per driver hour, rounded half up to minor units.
 */
export function estimateOwnFleetStop(r: FleetRegion, d: LatLng, units: number): OwnFleetEstimate {
  const radial = haversineKm(r.depot, d)
  const area = r.area_km2 ?? (r.radius_km !== null ? Math.PI * r.radius_km ** 2 : 1000)
  const n = Math.max(1, r.stops_per_day)
  const C = Math.max(1, r.stops_per_route)
  const km = r.detour_factor * ((2 * radial) / C + DAGANZO_K * Math.sqrt(area / n))
  const minutes = (km / r.speed_kmh) * 60 + r.service_min + r.service_per_unit_min * units
  const cost = Math.round(r.cost_per_stop + r.cost_per_km * km + (r.cost_per_hour * minutes) / 60)
  return { km, minutes, cost, currency_code: r.currency_code }
}
