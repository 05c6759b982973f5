// Network what-if: given demand by region (points with weights, e.g. orders per postcode over 90 days), how far is
// the demand from the distribution centres it is served from, and what does adding, moving or re-choosing centres
// save in road km and driving hours. Uncapacitated scenarios assign each point to its nearest open site
// (p-median); capacitated ones solve the transportation problem over the sites' capacities.
import { roadKm, type RoadModel } from "../geo/haversine"
import { capacitatedFacilityLocation } from "./cflp"
import { assignNearest, pMedian, type LocationProblem } from "./p-median"
import { solveTransport } from "./transport"

export type DemandPoint = { key: string; label: string; lat: number; lng: number; weight: number }
export type Site = { key: string; label: string; lat: number; lng: number; existing: boolean; capacity: number | null; fixed_cost?: number }

export type NetworkOptions = {
  road: RoadModel
  /** road km a carrier delivers next day (for the share within reach) */
  next_day_km: number
  capacitated: boolean
}

export type SiteMetrics = { key: string; label: string; demand: number; share: number; mean_km: number; capacity: number | null }

export type NetworkMetrics = {
  sites: string[]
  demand: number
  /** Σ weight × road km */
  weighted_km: number
  mean_km: number
  mean_hours: number
  /** share of the demand within next_day_km */
  within_next_day: number
  unserved: number
  per_site: SiteMetrics[]
}

export function locationProblem(demand: readonly DemandPoint[], sites: readonly Site[], road: RoadModel): LocationProblem {
  const m = demand.length
  const f = sites.length
  const cost = new Float64Array(m * f)
  for (let i = 0; i < m; i++) for (let j = 0; j < f; j++) cost[i * f + j] = roadKm(demand[i], sites[j], road)
  return { cost, weight: Float64Array.from(demand.map((d) => d.weight)), m, f }
}

const r2 = (x: number) => Math.round(x * 100) / 100

/** Metrics of a set of open sites (indices into `sites`). */
export function evaluateOpen(demand: readonly DemandPoint[], sites: readonly Site[], open: readonly number[], o: NetworkOptions, pb = locationProblem(demand, sites, o.road)): NetworkMetrics {
  const total = demand.reduce((s, d) => s + d.weight, 0)
  const bySite = new Map<number, { w: number; km: number }>(open.map((j) => [j, { w: 0, km: 0 }]))
  let wkm = 0
  let near = 0
  let unserved = 0
  const capped = o.capacitated && open.some((j) => sites[j].capacity !== null)
  if (capped) {
    const cost = new Float64Array(pb.m * open.length)
    const cap = Float64Array.from(open.map((j) => sites[j].capacity ?? Number.MAX_SAFE_INTEGER))
    for (let i = 0; i < pb.m; i++) open.forEach((j, k) => (cost[i * open.length + k] = pb.cost[i * pb.f + j]))
    const t = solveTransport(cost, pb.weight, cap)
    unserved = t.unserved
    for (let i = 0; i < pb.m; i++) {
      open.forEach((j, k) => {
        const x = t.flow[i * open.length + k]
        if (x <= 0) return
        const km = pb.cost[i * pb.f + j]
        wkm += x * km
        if (km <= o.next_day_km) near += x
        const s = bySite.get(j)!
        s.w += x
        s.km += x * km
      })
    }
  } else {
    const { assignment } = assignNearest(pb, open)
    for (let i = 0; i < pb.m; i++) {
      const j = assignment[i]
      const km = pb.cost[i * pb.f + j]
      const w = pb.weight[i]
      wkm += w * km
      if (km <= o.next_day_km) near += w
      const s = bySite.get(j)!
      s.w += w
      s.km += w * km
    }
  }
  const served = total - unserved
  const mean = served > 0 ? wkm / served : 0
  return {
    sites: open.map((j) => sites[j].key),
    demand: total,
    weighted_km: Math.round(wkm),
    mean_km: r2(mean),
    mean_hours: r2(mean / o.road.speedKmh),
    within_next_day: total > 0 ? Math.round((near / total) * 1000) / 1000 : 0,
    unserved,
    per_site: open.map((j) => {
      const s = bySite.get(j)!
      return { key: sites[j].key, label: sites[j].label, demand: s.w, share: total > 0 ? Math.round((s.w / total) * 1000) / 1000 : 0, mean_km: s.w > 0 ? r2(s.km / s.w) : 0, capacity: sites[j].capacity }
    }),
  }
}

export type Scenario =
  | { kind: "add"; site: string }
  | { kind: "move"; from: string; to: string }
  /** re-choose p sites among all (existing ones may close), p-median or capacitated facility location */
  | { kind: "optimise"; p: number; keep_existing?: boolean }

export type WhatIf = {
  baseline: NetworkMetrics
  scenario: NetworkMetrics
  /** per period of the demand */
  saved_km: number
  saved_km_per_order: number
  saved_hours_per_order: number
  saved_hours: number
  saved_pct: number
  /** demand now served from a different site */
  moved_demand: number
  method: string
}

function compare(baseline: NetworkMetrics, scenario: NetworkMetrics, o: NetworkOptions, moved: number, method: string): WhatIf {
  const saved = baseline.weighted_km - scenario.weighted_km
  const perOrder = baseline.mean_km - scenario.mean_km
  return {
    baseline,
    scenario,
    saved_km: saved,
    saved_km_per_order: r2(perOrder),
    saved_hours_per_order: r2(perOrder / o.road.speedKmh),
    saved_hours: Math.round(saved / o.road.speedKmh),
    saved_pct: baseline.weighted_km > 0 ? Math.round((saved / baseline.weighted_km) * 1000) / 10 : 0,
    moved_demand: moved,
    method,
  }
}

/** Baseline = the existing sites; scenario as asked. Throws for an unknown site key. */
export function whatIf(demand: readonly DemandPoint[], sites: readonly Site[], scenario: Scenario, o: NetworkOptions): WhatIf {
  const idx = (key: string) => {
    const j = sites.findIndex((s) => s.key === key)
    if (j < 0) throw new Error(`unknown site ${key}`)
    return j
  }
  const pb = locationProblem(demand, sites, o.road)
  const existing = sites.map((s, j) => (s.existing ? j : -1)).filter((j) => j >= 0)
  const baseline = evaluateOpen(demand, sites, existing, o, pb)
  let open: number[]
  let method = o.capacitated ? "transportation assignment" : "nearest assignment"
  if (scenario.kind === "add") open = [...new Set([...existing, idx(scenario.site)])]
  else if (scenario.kind === "move") open = [...new Set(existing.filter((j) => j !== idx(scenario.from)).concat(idx(scenario.to)))]
  else {
    const fixed = scenario.keep_existing ? existing : []
    if (o.capacitated) {
      const r = capacitatedFacilityLocation(
        { ...pb, capacity: Float64Array.from(sites.map((s) => s.capacity ?? Number.MAX_SAFE_INTEGER)), fixedCost: Float64Array.from(sites.map((s) => s.fixed_cost ?? 0)) },
        { p: scenario.p, fixed }
      )
      open = r.open
      method = `capacitated facility location (${r.method})`
    } else {
      const r = pMedian(pb, scenario.p, { fixed })
      open = r.open
      method = `p-median (${r.method})`
    }
  }
  const result = evaluateOpen(demand, sites, open, o, pb)
  // demand re-assigned: compare nearest assignments (a capacitated split counts by its largest flow)
  const a = assignNearest(pb, existing).assignment
  const b = assignNearest(pb, open).assignment
  let moved = 0
  for (let i = 0; i < pb.m; i++) if (a[i] !== b[i]) moved += pb.weight[i]
  return compare(baseline, result, o, moved, method)
}

/** Every candidate site added on its own to the existing ones, best saving first. */
export function rankAdditions(demand: readonly DemandPoint[], sites: readonly Site[], o: NetworkOptions, top = 10) {
  const out: { site: string; label: string; saved_km: number; saved_pct: number; saved_km_per_order: number; saved_hours_per_order: number; within_next_day: number }[] = []
  for (const s of sites) {
    if (s.existing) continue
    const w = whatIf(demand, sites, { kind: "add", site: s.key }, o)
    out.push({ site: s.key, label: s.label, saved_km: w.saved_km, saved_pct: w.saved_pct, saved_km_per_order: w.saved_km_per_order, saved_hours_per_order: w.saved_hours_per_order, within_next_day: w.scenario.within_next_day })
  }
  return out.sort((a, b) => b.saved_km - a.saved_km || a.site.localeCompare(b.site)).slice(0, top)
}
