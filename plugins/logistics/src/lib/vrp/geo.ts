// Matrices for the daily dispatch, where stops have latitude/longitude: great-circle (haversine) kilometres,
// optionally stretched by a detour factor for roads, and travel minutes at an average speed. The solver itself
// only sees the matrices (VrpInstance.distance / travelTime).
import type { VrpInstance } from "./types"

/** Mean Earth radius (IUGG), km */
export const EARTH_RADIUS_KM = 6371.0088

export interface LatLng {
  lat: number
  lng: number
}

/** Great-circle distance in km by the haversine formula (Sinnott 1984). */
export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface RoadModel {
  /** average road speed, km/h */
  speedKmh: number
  /** road distance / straight-line distance (default 1.3, a common urban circuity) */
  detourFactor?: number
}

/**
 * The instance with `distance` (road km) and `travelTime` (minutes) matrices over [depot, ...customers] computed
 * from the given positions (same order: positions[0] is the depot). Times in the instance must be in minutes.
 */
export function withRoadMatrices(inst: VrpInstance, positions: LatLng[], road: RoadModel): VrpInstance {
  const N = inst.customers.length + 1
  if (positions.length !== N) throw new Error(`expected ${N} positions (depot first), got ${positions.length}`)
  if (!(road.speedKmh > 0)) throw new Error("speedKmh must be positive")
  const detour = road.detourFactor ?? 1.3
  const distance = new Float64Array(N * N)
  const travelTime = new Float64Array(N * N)
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const km = i === j ? 0 : haversineKm(positions[i], positions[j]) * detour
      distance[i * N + j] = km
      travelTime[i * N + j] = (km / road.speedKmh) * 60
    }
  }
  return { ...inst, distance, travelTime }
}
