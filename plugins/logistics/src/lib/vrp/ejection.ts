// Insertion-ejection search of Nagata & Bräysy (2009, "A powerful route minimization heuristic for the vehicle
// routing problem with time windows", Operations Research Letters 37:333-338, section 2.3): insert v into a route
// and eject at most kMax other customers of that route so that it becomes feasible, minimising the sum of the
// ejected customers' failure counters p[]. The ejections are enumerated depth first along the route in position
// order (their lexicographic search) with three prunings: a kept customer must be reached by its due time; once
// the customers kept so far reach position k no later than the latest feasible start Z[k] of the unchanged suffix
// and the load fits, no further ejection can lower the sum; and a partial sum at or above the best one stops.
import { EPS, type Problem } from "./problem"

export interface EjectionResult {
  /** sum of p over the ejected customers (Infinity when no feasible ejection of <= kMax customers exists) */
  psum: number
  /** the route after insertion and ejection */
  route: number[]
  ejected: number[]
}

export class EjectionSearch {
  private readonly p: Problem
  private seq: Int32Array
  private Z: Float64Array
  private chosen: Int32Array
  private bestSet: Int32Array
  private bestCount = 0
  private best = Infinity
  private len = 0
  private vPos = 0
  private totalLoad = 0
  private budget = 0
  kMax = 5
  /** DFS nodes per insertion position: long routes with loose windows (R2, C2) explode combinatorially, and 1,000
   * nodes gave 3-4x more pool steps there with better vehicle counts than 20,000 in our runs */
  nodeBudget = 1000
  pen: Int32Array = new Int32Array(0)

  constructor(p: Problem) {
    this.p = p
    this.seq = new Int32Array(p.n + 3)
    this.Z = new Float64Array(p.n + 3)
    this.chosen = new Int32Array(16)
    this.bestSet = new Int32Array(16)
  }

  /**
   * Best ejection for v inserted after position j of `route` (customer list), given the failure counters `pen`.
   * `bound`: only results with psum < bound are of interest.
   */
  search(route: ArrayLike<number>, j: number, v: number, pen: Int32Array, bound: number): EjectionResult | null {
    const p = this.p
    const N = p.N
    const seq = this.seq
    const L = route.length + 1
    seq[0] = 0
    let load = p.demand[v]
    for (let k = 0, pos = 1; k < route.length; k++) {
      if (k === j) seq[pos++] = v
      seq[pos++] = route[k]
      load += p.demand[route[k]]
    }
    if (j === route.length) seq[L] = v
    seq[L + 1] = 0
    this.vPos = j + 1
    this.len = L
    this.totalLoad = load
    this.pen = pen
    // latest start of service at position k such that the suffix k.. is feasible without ejection
    const Z = this.Z
    Z[L + 1] = p.due[0]
    for (let k = L; k >= 1; k--) {
      const a = seq[k]
      const z = Math.min(p.due[a], Z[k + 1] - p.service[a] - p.time[a * N + seq[k + 1]])
      // a suffix that cannot be served even when starting at the ready time poisons every earlier position
      Z[k] = z + EPS < p.ready[a] ? -Infinity : z
    }
    this.best = bound
    this.bestCount = -1
    this.budget = this.nodeBudget
    this.dfs(1, 0, Math.max(p.ready[0], 0), 0, 0, 0)
    if (this.bestCount < 0) return null
    const ejected: number[] = []
    const out: number[] = []
    const drop = new Set<number>()
    for (let t = 0; t < this.bestCount; t++) drop.add(this.bestSet[t])
    for (let k = 1; k <= L; k++) {
      if (drop.has(k)) ejected.push(seq[k])
      else out.push(seq[k])
    }
    return { psum: this.best, route: out, ejected }
  }

  private dfs(k: number, prev: number, depart: number, count: number, psum: number, ejLoad: number): void {
    if (--this.budget < 0) return
    const p = this.p
    const a = this.seq[k]
    const arrival = depart + p.time[prev * p.N + a]
    const loadOk = this.totalLoad - ejLoad <= p.capacity + EPS
    if (k === this.len + 1) {
      if (arrival <= p.due[0] + EPS && loadOk) this.record(count, psum)
      return
    }
    const start = Math.max(arrival, p.ready[a])
    if (loadOk && start <= this.Z[k] + EPS) {
      this.record(count, psum)
      return
    }
    // keep a
    if (arrival <= p.due[a] + EPS) this.dfs(k + 1, a, start + p.service[a], count, psum, ejLoad)
    // eject a
    if (k !== this.vPos && count < this.kMax) {
      const ps = psum + this.pen[a]
      if (ps < this.best) {
        this.chosen[count] = k
        this.dfs(k + 1, prev, depart, count + 1, ps, ejLoad + p.demand[a])
      }
    }
  }

  private record(count: number, psum: number): void {
    if (psum >= this.best) return
    this.best = psum
    this.bestCount = count
    for (let t = 0; t < count; t++) this.bestSet[t] = this.chosen[t]
  }
}
