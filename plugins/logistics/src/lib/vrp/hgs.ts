// Distance minimisation at a fixed fleet: hybrid genetic search in the form of Vidal et al. (2013, HGS for VRPTW)
// and its open successors (Vidal 2022 HGS-CVRP; Kool et al. 2022, the DIMACS VRPTW winner; PyVRP, Wouda, Lan &
// Kool 2024): route-based individuals, SREX crossover, granular local search on distance + penalised excess load
// and time warp, feasible and infeasible subpopulations with biased fitness, penalties adapted towards a target
// share of feasible offspring, and a repair run with boosted penalties for infeasible offspring.
import { better, individualFromRoutes, type Individual } from "./individual"
import { localSearch } from "./local-search"
import { DEFAULT_POPULATION, Population, type PopulationParams } from "./population"
import type { Problem } from "./problem"
import type { Rng } from "./rng"
import { Routes } from "./routes"
import { srex } from "./srex"

export interface HgsOptions {
  rng: Rng
  /** maximum number of routes of any solution */
  fleet: number
  stop: () => boolean
  maxIterations?: number
  /** solutions to seed the population with (e.g. from route minimisation; infeasible ones are welcome too) */
  initial?: number[][][]
  /** polar angle of each node around the depot (orders routes for SREX); omitted for matrix-only instances */
  angle?: Float64Array
  population?: PopulationParams
  /** restart the population after this many iterations without a new best (default 20000) */
  restartAfter?: number
  onBest?: (best: { routes: number[][]; vehicles: number; distance: number }) => void
}

export interface HgsResult {
  best: { routes: number[][]; vehicles: number; distance: number } | null
  iterations: number
}

// PyVRP's defaults (Wouda, Lan & Kool 2024), penalties updated twice as often for our short budgets
const TARGET_FEASIBLE = 0.43
const PENALTY_UP = 1.34
const PENALTY_DOWN = 0.32
const REPAIR_PROBABILITY = 0.8
const REPAIR_BOOST = 12
const UPDATE_EVERY = 25

export function hybridGeneticSearch(p: Problem, opts: HgsOptions): HgsResult {
  const { rng } = opts
  let fleet = Math.max(1, opts.fleet)
  let rs = new Routes(p, fleet)
  const params = opts.population ?? DEFAULT_POPULATION
  const pop = new Population(p.n, rng, params)
  // initial weights: one unit of excess load or time warp costs about one average edge
  let avgDist = 0
  let avgDemand = 0
  let avgTime = 0
  for (let i = 0; i < p.N; i++) {
    for (let j = 0; j < p.N; j++) {
      avgDist += p.dist[i * p.N + j]
      avgTime += p.time[i * p.N + j]
    }
    avgDemand += p.demand[i]
  }
  avgDist /= p.N * p.N
  avgTime /= p.N * p.N
  avgDemand = avgDemand / Math.max(1, p.n)
  // start strict: a unit of excess load or time warp costs ~ten average edges' worth of distance per unit
  let wQ = clampPenalty(avgDemand > 0 ? (10 * avgDist) / avgDemand : 10)
  let wTW = clampPenalty(avgTime > 0 ? (10 * avgDist) / avgTime : 10)
  let best = null as HgsResult["best"]
  let iterations = 0
  let sinceBest = 0
  let loadFeasible = 0
  let twFeasible = 0
  let registered = 0
  const maxIt = opts.maxIterations ?? Infinity
  const restartAfter = opts.restartAfter ?? 20000

  const educate = (routes: ArrayLike<number>[], boost = 1): Individual => {
    rs.load(routes.slice(0, rs.R))
    rs.setWeights(1, wQ * boost, wTW * boost)
    localSearch(rs, rng)
    return individualFromRoutes(p, rs, opts.angle)
  }
  const consider = (ind: Individual) => {
    if (!ind.feasible) return
    if (better(ind, best)) {
      best = { routes: ind.routes.map((r) => Array.from(r)), vehicles: ind.vehicles, distance: ind.distance }
      sinceBest = 0
      opts.onBest?.(best)
    }
  }
  const register = (ind: Individual) => {
    registered++
    if (ind.excessLoad <= 1e-9) loadFeasible++
    if (ind.timeWarp <= 1e-9) twFeasible++
    if (registered === UPDATE_EVERY) {
      wQ = adapt(wQ, loadFeasible / registered)
      wTW = adapt(wTW, twFeasible / registered)
      pop.wQ = wQ
      pop.wTW = wTW
      registered = 0
      loadFeasible = 0
      twFeasible = 0
    }
  }
  const insert = (ind: Individual) => {
    pop.add(ind)
    consider(ind)
    if (!ind.feasible && rng.next() < REPAIR_PROBABILITY) {
      const fixed = educate(ind.routes, REPAIR_BOOST)
      if (fixed.feasible) {
        pop.add(fixed)
        consider(fixed)
      }
    }
  }
  const seed = () => {
    pop.wQ = wQ
    pop.wTW = wTW
    for (const s of initial) {
      if (opts.stop()) return
      // educated with boosted penalties first so the seed's feasibility survives
      const ind = educate(s.map((r) => Int32Array.from(r)), REPAIR_BOOST)
      pop.add(ind)
      consider(ind)
    }
    const clients: number[] = []
    for (let v = 1; v <= p.n; v++) if (p.servable[v]) clients.push(v)
    const m = fleet
    for (let t = 0; t < params.minSize && !opts.stop(); t++) {
      rng.shuffle(clients)
      const routes: number[][] = Array.from({ length: m }, () => [])
      clients.forEach((v, k) => routes[Math.floor((k * m) / clients.length)].push(v))
      const ind = educate(routes)
      register(ind)
      insert(ind)
    }
  }

  let initial: number[][][] = opts.initial ?? []
  seed()
  while (!opts.stop() && iterations < maxIt && pop.size >= 2) {
    if (best && best.vehicles < fleet) {
      // a feasible solution with fewer routes: from now on the fleet is that small (vehicles come first)
      fleet = best.vehicles
      rs = new Routes(p, fleet)
      pop.clear()
      initial = [best.routes]
      sinceBest = 0
      seed()
      continue
    }
    iterations++
    sinceBest++
    const [a, b] = pop.selectParents()
    rs.setWeights(1, wQ, wTW)
    const child = srex(p, rs, a, b, rng)
    const ind = educate(child)
    register(ind)
    insert(ind)
    if (sinceBest > restartAfter) {
      pop.clear()
      sinceBest = 0
      initial = best ? [best.routes] : []
      seed()
    }
  }
  return { best, iterations }
}

function adapt(w: number, feasibleShare: number): number {
  if (feasibleShare < TARGET_FEASIBLE - 0.05) return clampPenalty(w * PENALTY_UP)
  if (feasibleShare > TARGET_FEASIBLE + 0.05) return clampPenalty(w * PENALTY_DOWN)
  return w
}

function clampPenalty(w: number): number {
  return Math.min(100000, Math.max(0.1, w))
}
