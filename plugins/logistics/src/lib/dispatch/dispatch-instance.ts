// The daily own-fleet dispatch as a vehicle-routing instance for the solver in lib/vrp: the depot and the day's
// stops with their demand (units), time windows and service times, and haversine road-distance (km) and travel-time
// (minutes) matrices. Times are minutes after midnight UTC of the dispatch day.
import { projectKm, roadMatrices, type LatLng, type RoadModel } from "../geo/haversine"
import type { VrpInstance } from "../vrp"

export type DispatchStop = {
  /** the shipment id */
  id: string
  order_id: string
  lat: number
  lng: number
  units: number
  /** delivery window, minutes after midnight; null = the whole shift */
  window: [number, number] | null
}

export type DispatchSettings = {
  depot: LatLng
  vehicles: number
  /** units per vehicle */
  capacity: number
  shift_start_min: number
  shift_end_min: number
  service_min: number
  service_per_unit_min: number
  road: RoadModel
}

export type DispatchInstance = { instance: VrpInstance; stops: DispatchStop[]; issues: { stop_id: string; message: string }[] }

export function serviceMinutes(s: DispatchSettings, units: number): number {
  return s.service_min + s.service_per_unit_min * units
}

/**
 * Builds the solver instance. A stop whose window is empty after clipping to the shift keeps a window at the shift
 * end (the solver then reports it unserved) and is listed in `issues`.
 */
export function buildDispatchInstance(stops: readonly DispatchStop[], s: DispatchSettings): DispatchInstance {
  const issues: { stop_id: string; message: string }[] = []
  const points: LatLng[] = [s.depot, ...stops.map((x) => ({ lat: x.lat, lng: x.lng }))]
  const m = roadMatrices(points, s.road)
  const customers = stops.map((x) => {
    const [a, b] = x.window ?? [s.shift_start_min, s.shift_end_min]
    let ready = Math.max(a, s.shift_start_min)
    let due = Math.min(b, s.shift_end_min)
    if (due < ready) {
      issues.push({ stop_id: x.id, message: `window ${clock(a)}–${clock(b)} is outside the shift ${clock(s.shift_start_min)}–${clock(s.shift_end_min)}` })
      ready = due = s.shift_end_min
    }
    const p = projectKm({ lat: x.lat, lng: x.lng }, s.depot)
    return { id: x.id, x: p.x, y: p.y, demand: x.units, ready, due, service: serviceMinutes(s, x.units) }
  })
  const instance: VrpInstance = {
    name: "dispatch",
    depot: { id: "depot", x: 0, y: 0, ready: s.shift_start_min, due: s.shift_end_min },
    customers,
    vehicles: { count: s.vehicles, capacity: s.capacity },
    distance: m.km,
    travelTime: m.minutes,
  }
  return { instance, stops: [...stops], issues }
}

/** Minutes after midnight as "HH:MM" (rounded to the minute). */
export function clock(min: number): string {
  const m = Math.round(min)
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`
}
