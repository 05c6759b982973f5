// The daily own-fleet dispatch of one region: its open own-fleet shipments for the day as a VRPTW instance
// (haversine road km and minutes), solved by lib/vrp in a worker thread, stored as the day's current plan with a
// route per vehicle and its driver.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { buildDispatchInstance, type DispatchStop } from "../lib/dispatch/dispatch-instance"
import { readDispatchSolution } from "../lib/dispatch/dispatch-plan"
import { runDispatchSolver } from "../workers/run-dispatch-solver"
import { logisticsOf } from "./container"

export type DispatchResult = { plan_id: string; stops: number; vehicles_used: number; distance_km: number; feasible: boolean; unserved: number; seconds: number }

export async function planDispatch(
  container: MedusaContainer,
  o: { fleet_region_id: string; day: string; job_id?: string | null; seconds?: number; seed?: number; signal?: AbortSignal; report?: (pct: number, msg: string) => Promise<void> | void }
): Promise<DispatchResult> {
  const svc = logisticsOf(container)
  const [region] = await svc.listFinesseLogisticsFleetRegions({ id: o.fleet_region_id })
  if (!region) throw new MedusaError(MedusaError.Types.NOT_FOUND, `fleet region ${o.fleet_region_id} was not found`)
  const [depot] = await svc.listFinesseLogisticsLocations({ stock_location_id: region.depot_location_id })
  if (!depot || depot.lat === null || depot.lng === null) throw new MedusaError(MedusaError.Types.INVALID_DATA, `the depot of ${region.name} has no coordinates`)
  const vehicles = (await svc.listFinesseLogisticsVehicles({ fleet_region_id: region.id, active: true }, { order: { name: "ASC" } })) as any[]
  const drivers = (await svc.listFinesseLogisticsDrivers({ fleet_region_id: region.id, active: true }, { order: { name: "ASC" } })) as any[]
  await o.report?.(5, "loading the day's own-fleet shipments")
  const rows = await svc.shipmentsForDispatch(region.id, o.day)
  const problems: string[] = []
  const stops: DispatchStop[] = []
  for (const r of rows) {
    if (r.lat === null || r.lng === null) {
      problems.push(`shipment ${r.id} has no coordinates`)
      continue
    }
    const w: [number, number] | null = r.window_start_min !== null && r.window_end_min !== null ? [Number(r.window_start_min), Number(r.window_end_min)] : null
    stops.push({ id: r.id, order_id: r.order_id, lat: Number(r.lat), lng: Number(r.lng), units: Number(r.units), window: w })
  }
  const capacity = vehicles.length ? Math.min(...vehicles.map((v) => Number(v.capacity))) : 0
  const settings = {
    depot: { lat: Number(depot.lat), lng: Number(depot.lng) },
    vehicles: vehicles.length,
    capacity,
    shift_start_min: Number(region.shift_start_min),
    shift_end_min: Number(region.shift_end_min),
    service_min: Number(region.service_min),
    service_per_unit_min: Number(region.service_per_unit_min),
    road: { speedKmh: Number(region.speed_kmh), detourFactor: Number(region.detour_factor) },
  }
  const seconds = o.seconds ?? Number(region.solver_seconds ?? 5)
  const t0 = Date.now()
  let plan: ReturnType<typeof readDispatchSolution>
  let stats: Record<string, unknown> = {}
  if (!stops.length || !vehicles.length) {
    plan = { routes: [], unserved: stops.map((s) => ({ stop_id: s.id, reason: "no active vehicle in the region" })), vehicles_used: 0, distance_km: 0, duration_min: 0, feasible: stops.length === 0, problems: vehicles.length ? [] : ["the region has no active vehicle"] }
  } else {
    await o.report?.(15, `solving ${stops.length} stops with ${vehicles.length} vehicles (${seconds} s)`)
    const d = buildDispatchInstance(stops, settings)
    const sol = await runDispatchSolver(d.instance, { seed: o.seed ?? 1, seconds, signal: o.signal })
    plan = readDispatchSolution(d, sol)
    stats = { ...sol.stats }
  }
  await o.report?.(90, "saving the plan")
  const shipmentOrder = new Map(rows.map((r) => [r.id, r.order_id]))
  const displayIds = await orderDisplayIds(container, [...new Set(rows.map((r) => r.order_id))])
  const routes = plan.routes.map((r, k) => {
    const v = vehicles[k]
    const driver = drivers.find((x) => x.vehicle_id === v?.id) ?? drivers[k] ?? null
    return {
      route_index: k,
      vehicle_id: v?.id ?? null,
      vehicle_name: v?.name ?? `Vehicle ${k + 1}`,
      driver_id: driver?.id ?? null,
      driver_name: driver?.name ?? null,
      stops: r.stops.map((s) => ({ ...s, display_id: displayIds.get(shipmentOrder.get(s.stop_id) ?? "") ?? null })),
      distance_km: r.distance_km,
      load: r.load,
      start_min: r.start_min,
      end_min: r.end_min,
      duration_min: r.duration_min,
    }
  })
  const planId = await svc.savePlan(
    {
      fleet_region_id: region.id,
      day: o.day,
      stops: stops.length,
      vehicles_used: plan.vehicles_used,
      vehicles_available: vehicles.length,
      distance_km: plan.distance_km,
      duration_min: plan.duration_min,
      feasible: plan.feasible && problems.length === 0,
      unserved: plan.unserved,
      problems: [...problems, ...plan.problems],
      details: { depot: { name: depot.name, lat: Number(depot.lat), lng: Number(depot.lng) }, shift: [settings.shift_start_min, settings.shift_end_min], capacity, road: settings.road, seconds, solver: stats },
      job_id: o.job_id ?? null,
    },
    routes
  )
  return { plan_id: planId, stops: stops.length, vehicles_used: plan.vehicles_used, distance_km: plan.distance_km, feasible: plan.feasible && problems.length === 0, unserved: plan.unserved.length, seconds: (Date.now() - t0) / 1000 }
}

async function orderDisplayIds(container: MedusaContainer, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map()
  const r = await logisticsOf(container).db().raw(`select id, display_id from "order" where id = any(?)`, [ids])
  return new Map(r.rows.map((x: any) => [x.id, Number(x.display_id)]))
}
