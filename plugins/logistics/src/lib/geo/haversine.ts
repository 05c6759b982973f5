// Great-circle distances for routing, dispatch matrices and network analysis. The solver's own geo helpers live in
// lib/vrp (another engineer's folder); this copy keeps the rest of the plugin independent of it.

/** Mean Earth radius (IUGG), km */
export const EARTH_RADIUS_KM = 6371.0088

export type LatLng = { lat: number; lng: number }

/**
 * Great-circle distance in km by the haversine formula (R. W. Sinnott, "Virtues of the Haversine", Sky and
 * Telescope 68(2), 1984). The asin argument is clamped so antipodal points do not produce NaN.
 */
export function haversineKm(a: LatLng, b: LatLng, radiusKm = EARTH_RADIUS_KM): number {
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLng = (b.lng - a.lng) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2
  return 2 * radiusKm * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Road model: road km = straight km × detour factor; minutes = road km / speed. */
export type RoadModel = {
  /** average road speed, km/h */
  speedKmh: number
  /** road distance / straight-line distance (1.3 is a common circuity for European roads) */
  detourFactor: number
}

export const DEFAULT_ROAD: RoadModel = { speedKmh: 50, detourFactor: 1.3 }

export function roadKm(a: LatLng, b: LatLng, road: RoadModel): number {
  return haversineKm(a, b) * road.detourFactor
}

export function travelMinutes(km: number, road: RoadModel): number {
  return (km / road.speedKmh) * 60
}

/**
 * Row-major road-distance (km) and travel-time (minutes) matrices over `points` (Float64Array, n × n): the
 * input shape of the VRP solver and of the facility-location search.
 */
export function roadMatrices(points: readonly LatLng[], road: RoadModel): { n: number; km: Float64Array; minutes: Float64Array } {
  const n = points.length
  const km = new Float64Array(n * n)
  const minutes = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = roadKm(points[i], points[j], road)
      const t = travelMinutes(d, road)
      km[i * n + j] = km[j * n + i] = d
      minutes[i * n + j] = minutes[j * n + i] = t
    }
  }
  return { n, km, minutes }
}

/**
 * A local planar projection (equirectangular around a reference latitude), km east and north of `origin`: good to
 * a fraction of a percent over a metropolitan area; used for the solver's polar angles and the schematic plots.
 */
export function projectKm(p: LatLng, origin: LatLng): { x: number; y: number } {
  const rad = Math.PI / 180
  return {
    x: (p.lng - origin.lng) * rad * EARTH_RADIUS_KM * Math.cos(origin.lat * rad),
    y: (p.lat - origin.lat) * rad * EARTH_RADIUS_KM,
  }
}
