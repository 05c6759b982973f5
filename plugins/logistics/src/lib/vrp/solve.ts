// The solver: a feasible construction; route minimisation by the ejection pool (fewest vehicles first, until a
// stall or half the budget); a genetic search at one route fewer (30 % of the budget, continued if it succeeds);
// then hybrid genetic search on distance with the fleet fixed at the vehicles found. Hierarchical objective:
// vehicles, then total distance in double precision. Every returned route is re-checked by the independent
// checker (`feasible`). Deterministic for a seed when the iteration caps bind; with a wall-clock budget the clock
// is the caller's `now`.
import { checkSolution } from "./check"
import { constructRoutes } from "./construct"
import { hybridGeneticSearch } from "./hgs"
import { better } from "./individual"
import { compileProblem, type Problem } from "./problem"
import { Rng } from "./rng"
import { Routes } from "./routes"
import { repair } from "./srex"
import { minimiseRoutes } from "./route-min"
import { scheduleRoute } from "./schedule"
import type { SolveOptions, VrpInstance, VrpSolution } from "./types"

export function solveVrptw(inst: VrpInstance, opts: SolveOptions = {}): VrpSolution {
  const seconds = opts.seconds ?? 10
  if (Number.isFinite(seconds) && !opts.now) throw new Error("solveVrptw: a finite `seconds` budget needs a `now` clock")
  if (!Number.isFinite(seconds) && (opts.routeMinIterations === undefined || opts.hgsIterations === undefined)) {
    throw new Error("solveVrptw: without a finite `seconds` budget pass routeMinIterations and hgsIterations")
  }
  const now = opts.now ?? (() => 0)
  const t0 = now()
  const elapsed = () => (now() - t0) / 1000
  const rng = new Rng(opts.seed ?? 1)
  const p = compileProblem(inst, opts.granularity ?? 20)
  const angle = polarAngles(inst)

  const start = constructRoutes(p)
  let best = { routes: start, vehicles: start.length, distance: totalDistance(p, start) }
  const progress = (phase: "route-min" | "hgs") =>
    opts.onProgress?.({ phase, vehicles: best.vehicles, distance: best.distance, elapsed: elapsed() })

  const rmShare = opts.routeMinShare ?? 0.5
  const tRm = now()
  const rm = minimiseRoutes(p, start, {
    rng,
    stop: () => elapsed() > seconds * rmShare,
    // the removal attempt stops after a stall (15 % of the budget, or twice the last removal's time) so that
    // the distance phase inherits the rest; hard instances still get up to rmShare of the budget
    elapsed,
    stallSeconds: Number.isFinite(seconds) ? seconds * (opts.routeMinStall ?? 0.15) : undefined,
    maxIterations: opts.routeMinIterations,
    target: p.vehicleLowerBound,
    onImproved: (routes) => {
      best = { routes, vehicles: routes.length, distance: totalDistance(p, routes) }
      progress("route-min")
    },
  })
  const routeMinSeconds = (now() - tRm) / 1000
  const rmVehicles = rm.routes.length

  // Fleet reduction: a genetic search at one route fewer, seeded with the route-minimisation result minus its
  // smallest route (customers reinserted at their cheapest penalised positions). The ejection pool struggles with
  // long routes (2-3 vehicles), where the penalised search often finds the last reduction. If it finds a feasible
  // solution within its share of the budget it simply goes on at that fleet; otherwise the distance phase starts
  // afresh at the route-minimisation fleet.
  const tH = now()
  let hgsIterations = 0
  let fleet = rmVehicles
  let seeds: number[][][] = [rm.routes]
  const onBest = (b: { routes: number[][]; vehicles: number; distance: number }) => {
    if (better(b, best)) {
      best = { routes: b.routes, vehicles: b.vehicles, distance: b.distance }
      progress("hgs")
    }
  }
  const reduceShare = opts.fleetReductionShare ?? 0.3
  if (fleet > p.vehicleLowerBound && reduceShare > 0) {
    const attemptEnd = elapsed() + seconds * reduceShare
    const target = fleet - 1
    let found = false
    const h = hybridGeneticSearch(p, {
      rng,
      fleet: target,
      stop: () => elapsed() > seconds || (!found && elapsed() > attemptEnd),
      maxIterations: opts.hgsIterations,
      initial: [withoutSmallestRoute(p, rm.routes, target, rng)],
      angle,
      onBest: (b) => {
        found = true
        onBest(b)
      },
    })
    hgsIterations += h.iterations
    if (found) fleet = best.vehicles
    seeds = [best.routes]
  }
  if (elapsed() <= seconds && hgsIterations < (opts.hgsIterations ?? Infinity)) {
    const h = hybridGeneticSearch(p, {
      rng,
      fleet,
      stop: () => elapsed() > seconds,
      maxIterations: opts.hgsIterations === undefined ? undefined : opts.hgsIterations - hgsIterations,
      initial: seeds,
      angle,
      onBest,
    })
    hgsIterations += h.iterations
  }
  const hgsSeconds = (now() - tH) / 1000

  const routes = best.routes.filter((r) => r.length > 0).map((r) => scheduleRoute(p, inst, r))
  const unserved: number[] = []
  for (let v = 1; v <= p.n; v++) if (!p.servable[v]) unserved.push(v - 1)
  const check = checkSolution(
    inst,
    routes.map((r) => r.customers),
    { allowUnvisited: unserved },
  )
  let distance = 0
  for (const r of routes) distance += r.distance
  return {
    vehicles: routes.length,
    distance,
    routes,
    unserved,
    feasible: check.feasible,
    stats: {
      vehicleLowerBound: p.vehicleLowerBound,
      constructedVehicles: start.length,
      routeMinVehicles: rmVehicles,
      routeMinIterations: rm.iterations,
      routeMinSeconds,
      hgsIterations,
      hgsSeconds,
      seconds: elapsed(),
    },
  }
}

/** The routes minus the one with the fewest customers, those put back at their cheapest penalised positions. */
function withoutSmallestRoute(p: Problem, routes: number[][], fleet: number, rng: Rng): number[][] {
  const sorted = [...routes].sort((a, b) => a.length - b.length)
  const rs = new Routes(p, Math.max(1, fleet))
  rs.setWeights(1, 100, 100)
  return repair(p, rs, sorted.slice(1), rng).routes
}

function totalDistance(p: Problem, routes: number[][]): number {
  let s = 0
  for (const r of routes) {
    let prev = 0
    for (const v of r) {
      s += p.dist[prev * p.N + v]
      prev = v
    }
    s += p.dist[prev * p.N]
  }
  return s
}

function polarAngles(inst: VrpInstance): Float64Array | undefined {
  const d = inst.depot
  if (d.x === undefined || d.y === undefined) return undefined
  const out = new Float64Array(inst.customers.length + 1)
  for (let k = 0; k < inst.customers.length; k++) {
    const c = inst.customers[k]
    if (c.x === undefined || c.y === undefined) return undefined
    out[k + 1] = Math.atan2(c.y - d.y, c.x - d.x)
  }
  return out
}
