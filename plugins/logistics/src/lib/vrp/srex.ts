// Selective route exchange crossover (Nagata & Kobayashi 2010, "A memetic algorithm for the pickup and delivery
// problem with time windows using selective route exchange crossover"; in the form of PyVRP's `srex`, Wouda,
// Lan & Kool 2024): take k consecutive routes of parent A (routes are ordered by angle around the depot), slide a
// window of k routes over parent B to the position that overlaps them most, and build two children from A with
// those routes replaced by B's - one removing the duplicated customers from B's routes, one removing them from A's
// other routes. Customers left out are put back by greedy cheapest (penalised) insertion. It never creates
// routes, so a child keeps to the fleet limit of its parents.
import type { Individual } from "./individual"
import type { Problem } from "./problem"
import type { Rng } from "./rng"
import type { Routes } from "./routes"

export function srex(p: Problem, rs: Routes, a: Individual, b: Individual, rng: Rng): number[][] {
  const nA = a.routes.length
  const nB = b.routes.length
  if (nA === 0 || nB === 0) return a.routes.map((r) => Array.from(r))
  const k = 1 + rng.int(Math.min(nA, nB))
  const startA = rng.int(nA)
  let startB = rng.int(nB)
  const inA = new Uint8Array(p.N)
  for (let t = 0; t < k; t++) for (const v of a.routes[(startA + t) % nA]) inA[v] = 1
  const overlap = (sb: number) => {
    let o = 0
    for (let t = 0; t < k; t++) for (const v of b.routes[(sb + t) % nB]) o += inA[v]
    return o
  }
  // hill-climb the window of B left or right while the overlap grows
  let cur = overlap(startB)
  for (let guard = 0; guard < nB; guard++) {
    const left = overlap((startB - 1 + nB) % nB)
    const right = overlap((startB + 1) % nB)
    if (left > cur && left >= right) (startB = (startB - 1 + nB) % nB), (cur = left)
    else if (right > cur) (startB = (startB + 1) % nB), (cur = right)
    else break
  }
  const inB = new Uint8Array(p.N)
  const selB: number[][] = []
  for (let t = 0; t < k; t++) {
    const route = Array.from(b.routes[(startB + t) % nB])
    selB.push(route)
    for (const v of route) inB[v] = 1
  }
  const keptA: number[][] = []
  for (let t = 0; t < nA; t++) {
    let inside = false
    for (let s = 0; s < k; s++) if ((startA + s) % nA === t) inside = true
    if (!inside) keptA.push(Array.from(a.routes[t]))
  }
  // customers of A's kept routes that B's routes also bring (B \ A-selected, placed elsewhere in A)
  const inKeptA = new Uint8Array(p.N)
  for (const r of keptA) for (const v of r) inKeptA[v] = 1
  const child1 = [...keptA.map((r) => r.slice()), ...selB.map((r) => r.filter((v) => !inKeptA[v]))]
  const child2 = [...keptA.map((r) => r.filter((v) => !inB[v])), ...selB.map((r) => r.slice())]
  const c1 = repair(p, rs, child1, rng)
  const c2 = repair(p, rs, child2, rng)
  return c1.cost <= c2.cost ? c1.routes : c2.routes
}

/** Greedy repair: every customer missing from `routes` at its cheapest penalised position. */
export function repair(p: Problem, rs: Routes, routes: number[][], rng: Rng): { routes: number[][]; cost: number } {
  const nonEmpty = routes.filter((r) => r.length > 0)
  rs.load(nonEmpty.slice(0, rs.R))
  const missing: number[] = []
  for (let v = 1; v <= p.n; v++) if (p.servable[v] && rs.routeOf[v] < 0) missing.push(v)
  rng.shuffle(missing)
  for (const v of missing) {
    let best = Infinity
    let bestR = -1
    let bestJ = -1
    for (let r = 0; r < rs.R; r++) {
      // an empty slot is used only if there is no route at all yet
      if (rs.len[r] === 0 && bestR >= 0) continue
      for (let j = 0; j <= rs.len[r]; j++) {
        rs.accFwd(r, j)
        rs.accNode(v)
        rs.accBwd(r, j + 1)
        const delta = rs.accCost() - rs.cost[r]
        if (delta < best) {
          best = delta
          bestR = r
          bestJ = j
        }
      }
      if (rs.len[r] === 0) break
    }
    const c = rs.customers(bestR)
    c.splice(bestJ, 0, v)
    rs.setRoute(bestR, c)
  }
  return { routes: rs.toRoutes(), cost: rs.totalCost() }
}
