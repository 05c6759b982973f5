// Capacitated facility location: choose which facilities to open (a fixed count p, or any count when opening has
// a fixed cost) so that fixed costs plus the optimal transportation cost of the demand are least, every open
// facility within its capacity. For a given open set the assignment is exact (transport.ts); the open set comes
// from exhaustive enumeration when small, else from an ADD start (Kuehn & Hamburger, Management Science 9(4), 1963)
// improved by swaps, as for the p-median.
import { forEachSubset, binomial, type LocationProblem } from "./p-median"
import { solveTransport } from "./transport"

export type CflpInput = LocationProblem & {
  capacity: Float64Array
  /** cost of opening each facility, in the same unit as the objective (0 for a pure p-facility problem) */
  fixedCost: Float64Array
}

export type CflpResult = {
  open: number[]
  flow: Float64Array
  transport: number
  fixed: number
  objective: number
  unserved: number
  method: "exhaustive" | "add-swap"
}

/** Unserved demand costs this much per unit, so any feasible set beats an infeasible one. */
const UNSERVED_PENALTY = 1e9

function evaluate(pb: CflpInput, open: readonly number[]) {
  const cost = new Float64Array(pb.m * open.length)
  const cap = new Float64Array(open.length)
  open.forEach((j, k) => {
    cap[k] = pb.capacity[j]
    for (let i = 0; i < pb.m; i++) cost[i * open.length + k] = pb.cost[i * pb.f + j]
  })
  const t = solveTransport(cost, pb.weight, cap)
  const fixed = open.reduce((s, j) => s + pb.fixedCost[j], 0)
  return { t, fixed, objective: t.cost + fixed + t.unserved * UNSERVED_PENALTY }
}

export function capacitatedFacilityLocation(
  pb: CflpInput,
  opts: { p?: number; fixed?: readonly number[]; allowed?: readonly number[]; exhaustiveLimit?: number } = {}
): CflpResult {
  const fixed = [...new Set(opts.fixed ?? [])]
  const allowed = opts.allowed ?? Array.from({ length: pb.f }, (_, j) => j)
  const free = allowed.filter((j) => !fixed.includes(j))
  const sizes = opts.p !== undefined ? [Math.max(0, opts.p - fixed.length)] : Array.from({ length: free.length + 1 }, (_, k) => k)
  const subsets = sizes.reduce((s, k) => s + binomial(free.length, k), 0)
  let best: { open: number[]; r: ReturnType<typeof evaluate> } | null = null
  const consider = (open: number[]) => {
    if (!open.length) return
    const r = evaluate(pb, open)
    if (!best || r.objective < best.r.objective - 1e-9) best = { open, r }
  }
  let method: CflpResult["method"] = "exhaustive"
  if (subsets <= (opts.exhaustiveLimit ?? 5_000)) {
    for (const k of sizes) forEachSubset(free, k, (s) => consider([...fixed, ...s]))
  } else {
    method = "add-swap"
    const target = opts.p ?? Infinity
    let open = [...fixed]
    let cur = open.length ? evaluate(pb, open).objective : Infinity
    // ADD while it helps (or until p are open)
    while (open.length < Math.min(target, fixed.length + free.length)) {
      let bj = -1
      let bo = opts.p !== undefined ? Infinity : cur
      for (const j of free) {
        if (open.includes(j)) continue
        const o = evaluate(pb, [...open, j]).objective
        if (o < bo - 1e-9) {
          bo = o
          bj = j
        }
      }
      if (bj < 0) break
      open.push(bj)
      cur = bo
    }
    for (;;) {
      let move: number[] | null = null
      let mo = cur
      for (let a = 0; a < open.length; a++) {
        if (fixed.includes(open[a])) continue
        for (const j of free) {
          if (open.includes(j)) continue
          const trial = open.slice()
          trial[a] = j
          const o = evaluate(pb, trial).objective
          if (o < mo - 1e-9) {
            mo = o
            move = trial
          }
        }
      }
      if (!move) break
      open = move
      cur = mo
    }
    consider(open)
  }
  if (!best) throw new Error("no facility to open")
  const b = best as { open: number[]; r: ReturnType<typeof evaluate> }
  const open = [...b.open].sort((x, y) => x - y)
  const r = evaluate(pb, open)
  // flows back to the full facility index space
  const flow = new Float64Array(pb.m * pb.f)
  for (let i = 0; i < pb.m; i++) open.forEach((j, k) => (flow[i * pb.f + j] = r.t.flow[i * open.length + k]))
  return { open, flow, transport: r.t.cost, fixed: r.fixed, objective: r.t.cost + r.fixed, unserved: r.t.unserved, method }
}
