// The working solution of every phase: up to R routes stored as flat Int32Array position lists, each with the
// time-warp segments of all its prefixes and suffixes (Vidal et al. 2013, "A hybrid genetic algorithm with
// adaptive diversity management for a large class of vehicle routing problems with time-windows", C&OR 40,
// section 4.3; Nagata, Bräysy & Dullaert 2010 for the time-warp penalty). Any route made of a prefix, a few moved
// customers and a suffix is then evaluated in O(1) concatenations: its duration, time warp (total lateness repaid
// by travelling back in time), load and distance.
//
// Segment fields (stride SEG): duration D (travel + service + wait), time warp TW, earliest and latest start E/L
// of the first visit for a schedule with minimal D and TW, load, distance, first and last node.
//   σ1 ⊕ σ2 with t = travel(last1, first2), Δ = D1 - TW1 + t:
//   wait = max(E2 - Δ - L1, 0), warp = max(E1 + Δ - L2, 0)
//   D = D1 + D2 + t + wait, TW = TW1 + TW2 + warp, E = max(E2 - Δ, E1) - wait, L = min(L2 - Δ, L1) + warp
// A route (depot ⊕ customers ⊕ depot) is time-feasible iff TW = 0, which is exactly "leave at the depot's ready
// time, wait when early, every arrival <= due, back by the depot's due".
import { EPS, type Problem } from "./problem"

export const SEG = 8
export const F_DUR = 0
export const F_TW = 1
export const F_E = 2
export const F_L = 3
export const F_LOAD = 4
export const F_DIST = 5
export const F_FIRST = 6
export const F_LAST = 7

/** out ⊕= b (out and the source may be the same array; offsets may alias only for out/a) */
export function concat(
  p: Problem,
  out: Float64Array,
  oo: number,
  a: Float64Array,
  ao: number,
  b: Float64Array,
  bo: number,
): void {
  const last = a[ao + F_LAST]
  const first = b[bo + F_FIRST]
  const k = last * p.N + first
  const t = p.time[k]
  const aD = a[ao + F_DUR]
  const aTW = a[ao + F_TW]
  const aE = a[ao + F_E]
  const aL = a[ao + F_L]
  const bE = b[bo + F_E]
  const bL = b[bo + F_L]
  const delta = aD - aTW + t
  const wait = Math.max(bE - delta - aL, 0)
  const warp = Math.max(aE + delta - bL, 0)
  const dur = aD + b[bo + F_DUR] + t + wait
  const tw = aTW + b[bo + F_TW] + warp
  const e = Math.max(bE - delta, aE) - wait
  const l = Math.min(bL - delta, aL) + warp
  const load = a[ao + F_LOAD] + b[bo + F_LOAD]
  const dist = a[ao + F_DIST] + b[bo + F_DIST] + p.dist[k]
  const firstA = a[ao + F_FIRST]
  const lastB = b[bo + F_LAST]
  out[oo + F_DUR] = dur
  out[oo + F_TW] = tw
  out[oo + F_E] = e
  out[oo + F_L] = l
  out[oo + F_LOAD] = load
  out[oo + F_DIST] = dist
  out[oo + F_FIRST] = firstA
  out[oo + F_LAST] = lastB
}

/** Segment of every single node (node 0 = the depot) */
export function nodeSegments(p: Problem): Float64Array {
  const s = new Float64Array(p.N * SEG)
  for (let v = 0; v < p.N; v++) {
    const o = v * SEG
    s[o + F_DUR] = p.service[v]
    s[o + F_TW] = 0
    s[o + F_E] = p.ready[v]
    s[o + F_L] = p.due[v]
    s[o + F_LOAD] = p.demand[v]
    s[o + F_DIST] = 0
    s[o + F_FIRST] = v
    s[o + F_LAST] = v
  }
  return s
}

export class Routes {
  readonly p: Problem
  readonly R: number
  /** stride of one route in `nodes` (n + 2 positions: depot, up to n customers, depot) */
  readonly S: number
  readonly nodes: Int32Array
  readonly len: Int32Array
  readonly fwd: Float64Array
  readonly bwd: Float64Array
  readonly nodeSeg: Float64Array
  /** route and position of each customer; -1 when unrouted */
  readonly routeOf: Int32Array
  readonly posOf: Int32Array
  /** penalised cost of each route at the current weights */
  readonly cost: Float64Array
  /** per route: distance, load and time warp of the whole route (kept with the segments) */
  readonly rDist: Float64Array
  readonly rLoad: Float64Array
  readonly rTW: Float64Array
  /** value of `clock` when the route last changed */
  readonly stamp: Int32Array
  clock = 0
  /** weights of distance, excess load and time warp in the penalised cost */
  wD = 1
  wQ = 1
  wTW = 1
  /** accumulator used by move evaluations */
  readonly acc = new Float64Array(SEG)
  /** scratch route buffers for applying moves without allocating */
  readonly bufA: Int32Array
  readonly bufB: Int32Array
  /** the local search's visiting order and last-test stamps, kept here so that each run allocates nothing */
  readonly lsOrder: Int32Array
  readonly lsTested: Int32Array
  // the problem's arrays, held directly for the hot accumulator methods
  private readonly N: number
  private readonly time: Float64Array
  private readonly dist: Float64Array
  private readonly ready: Float64Array
  private readonly due: Float64Array
  private readonly service: Float64Array
  private readonly demand: Float64Array
  private readonly capacity: number

  constructor(p: Problem, R: number) {
    this.p = p
    this.R = R
    this.N = p.N
    this.time = p.time
    this.dist = p.dist
    this.ready = p.ready
    this.due = p.due
    this.service = p.service
    this.demand = p.demand
    this.capacity = p.capacity
    this.S = p.n + 2
    this.nodes = new Int32Array(R * this.S)
    this.bufA = new Int32Array(this.S)
    this.bufB = new Int32Array(this.S)
    this.lsOrder = new Int32Array(p.N)
    this.lsTested = new Int32Array(p.N)
    this.len = new Int32Array(R)
    this.fwd = new Float64Array(R * this.S * SEG)
    this.bwd = new Float64Array(R * this.S * SEG)
    this.nodeSeg = nodeSegments(p)
    this.routeOf = new Int32Array(p.N).fill(-1)
    this.posOf = new Int32Array(p.N).fill(-1)
    this.cost = new Float64Array(R)
    this.rDist = new Float64Array(R)
    this.rLoad = new Float64Array(R)
    this.rTW = new Float64Array(R)
    this.stamp = new Int32Array(R)
    for (let r = 0; r < R; r++) this.refresh(r)
  }

  setWeights(wD: number, wQ: number, wTW: number): void {
    this.wD = wD
    this.wQ = wQ
    this.wTW = wTW
    for (let r = 0; r < this.R; r++) this.cost[r] = this.segCost(this.fwd, (r * this.S + this.len[r] + 1) * SEG)
  }

  /** Replaces route r by customers[0..count) (customers previously elsewhere must be removed by the caller). */
  setRoute(r: number, customers: ArrayLike<number>, count = customers.length): void {
    const base = r * this.S
    const old = this.len[r]
    for (let k = 1; k <= old; k++) {
      const v = this.nodes[base + k]
      if (this.routeOf[v] === r && this.posOf[v] === k) {
        this.routeOf[v] = -1
        this.posOf[v] = -1
      }
    }
    this.nodes[base] = 0
    for (let k = 0; k < count; k++) this.nodes[base + k + 1] = customers[k]
    this.nodes[base + count + 1] = 0
    this.len[r] = count
    this.refresh(r)
  }

  /** Recomputes route r's prefix/suffix segments, positions and cost from its node list. */
  refresh(r: number): void {
    const { p, S, nodes, fwd, bwd, nodeSeg } = this
    const base = r * S
    const L = this.len[r]
    nodes[base] = 0
    nodes[base + L + 1] = 0
    for (let f = 0; f < SEG; f++) fwd[base * SEG + f] = nodeSeg[f]
    for (let k = 1; k <= L + 1; k++) concat(p, fwd, (base + k) * SEG, fwd, (base + k - 1) * SEG, nodeSeg, nodes[base + k] * SEG)
    for (let f = 0; f < SEG; f++) bwd[(base + L + 1) * SEG + f] = nodeSeg[f]
    for (let k = L; k >= 0; k--) concat(p, bwd, (base + k) * SEG, nodeSeg, nodes[base + k] * SEG, bwd, (base + k + 1) * SEG)
    for (let k = 1; k <= L; k++) {
      const v = nodes[base + k]
      this.routeOf[v] = r
      this.posOf[v] = k
    }
    const o = (base + L + 1) * SEG
    this.rDist[r] = fwd[o + F_DIST]
    this.rLoad[r] = fwd[o + F_LOAD]
    this.rTW[r] = fwd[o + F_TW]
    this.cost[r] = this.segCost(fwd, o)
    this.stamp[r] = ++this.clock
  }

  /** weighted excess-load penalty of a route carrying `load` */
  loadPenalty(load: number): number {
    const excess = load - this.capacity
    return excess > EPS ? this.wQ * excess : 0
  }

  segCost(s: Float64Array, o: number): number {
    const excess = s[o + F_LOAD] - this.capacity
    return this.wD * s[o + F_DIST] + (excess > EPS ? this.wQ * excess : 0) + this.wTW * s[o + F_TW]
  }

  /** offset of route r's full segment (in fwd) */
  full(r: number): number {
    return (r * this.S + this.len[r] + 1) * SEG
  }

  node(r: number, pos: number): number {
    return this.nodes[r * this.S + pos]
  }

  customers(r: number): number[] {
    const out: number[] = []
    const base = r * this.S
    for (let k = 1; k <= this.len[r]; k++) out.push(this.nodes[base + k])
    return out
  }

  /** penalised cost minus the weighted distance: what a move could at best remove */
  penalty(r: number): number {
    return this.cost[r] - this.wD * this.rDist[r]
  }

  routeDistance(r: number): number {
    return this.rDist[r]
  }
  routeLoad(r: number): number {
    return this.rLoad[r]
  }
  routeTimeWarp(r: number): number {
    return this.rTW[r]
  }
  routeFeasible(r: number): boolean {
    return this.rTW[r] <= EPS && this.rLoad[r] <= this.p.capacity + EPS
  }

  totalCost(): number {
    let s = 0
    for (let r = 0; r < this.R; r++) s += this.cost[r]
    return s
  }
  totalDistance(): number {
    let s = 0
    for (let r = 0; r < this.R; r++) s += this.routeDistance(r)
    return s
  }
  usedRoutes(): number {
    let k = 0
    for (let r = 0; r < this.R; r++) if (this.len[r] > 0) k++
    return k
  }
  feasible(): boolean {
    for (let r = 0; r < this.R; r++) if (!this.routeFeasible(r)) return false
    return true
  }

  /** non-empty routes as customer lists */
  toRoutes(): number[][] {
    const out: number[][] = []
    for (let r = 0; r < this.R; r++) if (this.len[r] > 0) out.push(this.customers(r))
    return out
  }

  /** Loads routes (at most R of them); customers not listed stay unrouted. */
  load(routes: ArrayLike<number>[]): void {
    if (routes.length > this.R) throw new Error(`${routes.length} routes do not fit in ${this.R} slots`)
    this.routeOf.fill(-1)
    this.posOf.fill(-1)
    for (let r = 0; r < this.R; r++) {
      this.len[r] = 0
      this.setRoute(r, r < routes.length ? routes[r] : [])
    }
  }

  // --- accumulator: acc = a chain of segments and nodes, evaluated without touching the routes ---
  // These are the innermost loops of every phase: hand-inlined copies of `concat` on local doubles.
  accFrom(s: Float64Array, o: number): void {
    const a = this.acc
    a[0] = s[o]
    a[1] = s[o + 1]
    a[2] = s[o + 2]
    a[3] = s[o + 3]
    a[4] = s[o + 4]
    a[5] = s[o + 5]
    a[6] = s[o + 6]
    a[7] = s[o + 7]
  }
  accFwd(r: number, pos: number): void {
    this.accFrom(this.fwd, (r * this.S + pos) * SEG)
  }
  /** acc = fwd(r1, i) ⊕ bwd(r2, j) */
  accJoin(r1: number, i: number, r2: number, j: number): void {
    this.accFwd(r1, i)
    this.accSeg(this.bwd, (r2 * this.S + j) * SEG)
  }
  accSeg(s: Float64Array, o: number): void {
    const a = this.acc
    const last = a[7]
    const first = s[o + 6]
    const k = last * this.N + first
    const t = this.time[k]
    const aD = a[0]
    const aTW = a[1]
    const aE = a[2]
    const aL = a[3]
    const bE = s[o + 2]
    const bL = s[o + 3]
    const delta = aD - aTW + t
    const wait = bE - delta - aL > 0 ? bE - delta - aL : 0
    const warp = aE + delta - bL > 0 ? aE + delta - bL : 0
    a[0] = aD + s[o] + t + wait
    a[1] = aTW + s[o + 1] + warp
    a[2] = (bE - delta > aE ? bE - delta : aE) - wait
    a[3] = (bL - delta < aL ? bL - delta : aL) + warp
    a[4] += s[o + 4]
    a[5] += s[o + 5] + this.dist[k]
    a[7] = s[o + 7]
  }
  accNode(v: number): void {
    const a = this.acc
    const k = a[7] * this.N + v
    const t = this.time[k]
    const aD = a[0]
    const aE = a[2]
    const aL = a[3]
    const bE = this.ready[v]
    const bL = this.due[v]
    const delta = aD - a[1] + t
    const wait = bE - delta - aL > 0 ? bE - delta - aL : 0
    const warp = aE + delta - bL > 0 ? aE + delta - bL : 0
    a[0] = aD + this.service[v] + t + wait
    a[1] += warp
    a[2] = (bE - delta > aE ? bE - delta : aE) - wait
    a[3] = (bL - delta < aL ? bL - delta : aL) + warp
    a[4] += this.demand[v]
    a[5] += this.dist[k]
    a[7] = v
  }
  accBwd(r: number, pos: number): void {
    this.accSeg(this.bwd, (r * this.S + pos) * SEG)
  }
  /** appends positions from..to of route r one node at a time (nothing when from > to) */
  accRange(r: number, from: number, to: number): void {
    const base = r * this.S
    for (let k = from; k <= to; k++) this.accNode(this.nodes[base + k])
  }
  /** appends positions to, to - 1, ..., from of route r (reversed; nothing when from > to) */
  accRangeRev(r: number, from: number, to: number): void {
    const base = r * this.S
    for (let k = to; k >= from; k--) this.accNode(this.nodes[base + k])
  }
  accCost(): number {
    return this.segCost(this.acc, 0)
  }
}
