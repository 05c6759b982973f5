// Reading the solver's answer back as the day's routes: stops in visiting order with arrival, service start and
// departure times, km, load and duration per route; stops left out and why.
import { checkSolution, type VrpSolution } from "../vrp"
import { clock, type DispatchInstance } from "./dispatch-instance"

export type PlannedStop = {
  sequence: number
  stop_id: string
  order_id: string
  lat: number
  lng: number
  units: number
  arrival_min: number
  start_min: number
  departure_min: number
  window: [number, number]
}

export type PlannedRoute = {
  index: number
  stops: PlannedStop[]
  distance_km: number
  load: number
  start_min: number
  end_min: number
  duration_min: number
}

export type DispatchPlan = {
  routes: PlannedRoute[]
  unserved: { stop_id: string; reason: string }[]
  vehicles_used: number
  distance_km: number
  duration_min: number
  /** every route within capacity, windows and shift, every servable stop visited, within the fleet */
  feasible: boolean
  problems: string[]
}

const r1 = (x: number) => Math.round(x * 10) / 10

export function readDispatchSolution(d: DispatchInstance, sol: VrpSolution): DispatchPlan {
  const inst = d.instance
  const routes: PlannedRoute[] = sol.routes.map((r, index) => {
    const stops = r.stops.map((st, k) => {
      const x = d.stops[st.index]
      const c = inst.customers[st.index]
      return {
        sequence: k + 1,
        stop_id: x.id,
        order_id: x.order_id,
        lat: x.lat,
        lng: x.lng,
        units: x.units,
        arrival_min: r1(st.arrival),
        start_min: r1(st.start),
        departure_min: r1(st.departure),
        window: [c.ready, c.due] as [number, number],
      }
    })
    return {
      index,
      stops,
      distance_km: r1(r.distance),
      load: r.load,
      start_min: r.departure,
      end_min: r1(r.returnTime),
      duration_min: r1(r.returnTime - r.departure),
    }
  })
  const problems: string[] = [...d.issues.map((i) => i.message)]
  const unserved = sol.unserved.map((k) => {
    const c = inst.customers[k]
    const reason =
      c.demand > inst.vehicles.capacity
        ? `${c.demand} units exceed a vehicle's ${inst.vehicles.capacity}`
        : `cannot be reached within its window ${clock(c.ready)}–${clock(c.due)} and back by ${clock(inst.depot.due)}`
    return { stop_id: d.stops[k].id, reason }
  })
  // an independent check of what we store (the solver checks itself too)
  const check = checkSolution(inst, sol.routes.map((r) => r.customers), { allowUnvisited: sol.unserved })
  for (const v of check.violations) problems.push(v.detail)
  if (sol.vehicles > inst.vehicles.count) problems.push(`needs ${sol.vehicles} vehicles; the fleet has ${inst.vehicles.count}`)
  return {
    routes,
    unserved,
    vehicles_used: routes.length,
    distance_km: r1(routes.reduce((s, r) => s + r.distance_km, 0)),
    duration_min: r1(routes.reduce((s, r) => s + r.duration_min, 0)),
    feasible: check.feasible && sol.vehicles <= inst.vehicles.count && d.issues.length === 0,
    problems,
  }
}
