// A solution as the genetic search keeps it: its routes, its penalty-free figures (so that the penalised cost can be
// recomputed when the penalty weights move) and the successor/predecessor arrays of the broken-pairs distance.
import { EPS, type Problem } from "./problem"
import { F_DIST, F_LOAD, F_TW, type Routes } from "./routes"

export interface Individual {
  routes: Int32Array[]
  distance: number
  excessLoad: number
  timeWarp: number
  vehicles: number
  feasible: boolean
  succ: Int32Array
  pred: Int32Array
  /** biased fitness within its subpopulation (lower is better) */
  fitness: number
  /** broken-pairs distances to the other members, ascending, with the member */
  near: { d: number; other: Individual }[]
}

/** Captures rs (only its non-empty routes), ordering routes by the polar angle of their centroid when coordinates allow. */
export function individualFromRoutes(p: Problem, rs: Routes, angle?: Float64Array): Individual {
  const routes: Int32Array[] = []
  let distance = 0
  let excess = 0
  let warp = 0
  for (let r = 0; r < rs.R; r++) {
    if (rs.len[r] === 0) continue
    const o = rs.full(r)
    distance += rs.fwd[o + F_DIST]
    excess += Math.max(0, rs.fwd[o + F_LOAD] - p.capacity)
    warp += rs.fwd[o + F_TW]
    routes.push(Int32Array.from(rs.customers(r)))
  }
  if (angle) {
    const key = routes.map((route) => {
      let sx = 0
      let sy = 0
      for (const v of route) {
        sx += Math.cos(angle[v])
        sy += Math.sin(angle[v])
      }
      return Math.atan2(sy, sx)
    })
    const idx = routes.map((_, k) => k).sort((a, b) => key[a] - key[b])
    const sorted = idx.map((k) => routes[k])
    routes.length = 0
    routes.push(...sorted)
  }
  const succ = new Int32Array(p.N)
  const pred = new Int32Array(p.N)
  for (const route of routes) {
    for (let k = 0; k < route.length; k++) {
      succ[route[k]] = k + 1 < route.length ? route[k + 1] : 0
      pred[route[k]] = k > 0 ? route[k - 1] : 0
    }
  }
  return {
    routes,
    distance,
    excessLoad: excess,
    timeWarp: warp,
    vehicles: routes.length,
    feasible: excess <= EPS && warp <= EPS,
    succ,
    pred,
    fitness: 0,
    near: [],
  }
}

export function penalisedCost(ind: Individual, wQ: number, wTW: number): number {
  return ind.distance + wQ * ind.excessLoad + wTW * ind.timeWarp
}

/** Broken-pairs distance (Prins 2009; the form of Vidal's HGS-CVRP `brokenPairsDistance`), in [0, 1]. */
export function brokenPairs(a: Individual, b: Individual, n: number): number {
  let diff = 0
  for (let j = 1; j <= n; j++) {
    if (a.succ[j] !== b.succ[j] && a.succ[j] !== b.pred[j]) diff++
    if (a.pred[j] === 0 && b.pred[j] !== 0 && b.succ[j] !== 0) diff++
  }
  return diff / n
}

/** Hierarchical comparison of feasible solutions: fewer vehicles, then shorter. */
export function better(a: { vehicles: number; distance: number }, b: { vehicles: number; distance: number } | null): boolean {
  if (!b) return true
  if (a.vehicles !== b.vehicles) return a.vehicles < b.vehicles
  return a.distance < b.distance - 1e-9
}
