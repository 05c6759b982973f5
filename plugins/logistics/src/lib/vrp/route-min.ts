// Route minimisation by the ejection pool of Nagata & Bräysy (2009, Operations Research Letters 37:333-338):
// remove a route, push its customers on a stack (the ejection pool) and re-insert them one by one - at a random
// feasible position, else by a "squeeze" (insert at the least-penalised position, then a penalised local search of
// 2-opt* and out-relocate moves on the infeasible routes), else by inserting with the ejection of up to kMax
// other customers whose failure counters sum least, followed by a random feasible perturbation. Every route stays
// feasible between steps; a removal that does not empty the pool before the deadline is undone.
import { EjectionSearch } from "./ejection"
import { applyRelocate, applyTwoOptStar, evaluateRelocate, evaluateTwoOptStar } from "./moves"
import { EPS, type Problem } from "./problem"
import type { Rng } from "./rng"
import { F_LOAD, F_TW, Routes } from "./routes"

export interface RouteMinOptions {
  rng: Rng
  /** true once the phase must stop */
  stop: () => boolean
  /** cap on ejection-pool steps (deterministic runs) */
  maxIterations?: number
  /** stop when this many routes are reached (default: the capacity lower bound) */
  target?: number
  kMax?: number
  /** random feasible moves after each insertion-ejection (Nagata & Bräysy's I_rand = 1000) */
  perturbMoves?: number
  /**
   * Share of failed insertions that try a squeeze first (default 0.2). Nagata & Bräysy squeeze every time; here a
   * squeeze costs ~10 ejection steps and succeeds for ~5 % of the customers, so most of the budget goes to
   * more insertion-ejection steps instead.
   */
  squeezeProbability?: number
  /** moves a squeeze may apply before it gives up (default 15: a squeeze that needs more rarely succeeds) */
  squeezeSteps?: number
  /**
   * Give up once no route was removed for max(stallSeconds, twice the time the last removal took), in seconds
   * measured by `elapsed` (default: never)
   */
  stallSeconds?: number
  elapsed?: () => number
  /** called with each feasible solution that has one route fewer */
  onImproved?: (routes: number[][]) => void
}

export interface RouteMinResult {
  routes: number[][]
  iterations: number
}

export function minimiseRoutes(p: Problem, start: number[][], opts: RouteMinOptions): RouteMinResult {
  const rm = new RouteMinimiser(p, start, opts)
  return rm.run()
}

class RouteMinimiser {
  private readonly rs: Routes
  private readonly ej: EjectionSearch
  private readonly pen: Int32Array
  private readonly closed: Uint8Array
  private alpha = 1
  private iterations = 0
  private readonly maxIterations: number
  private readonly perturbMoves: number
  private readonly squeezeProbability: number
  private readonly squeezeSteps: number

  constructor(
    private readonly p: Problem,
    start: number[][],
    private readonly opts: RouteMinOptions,
  ) {
    this.rs = new Routes(p, Math.max(1, start.length))
    this.rs.load(start)
    this.rs.setWeights(0, 1, 1)
    this.ej = new EjectionSearch(p)
    this.ej.kMax = opts.kMax ?? 5
    this.pen = new Int32Array(p.N)
    this.closed = new Uint8Array(this.rs.R)
    this.maxIterations = opts.maxIterations ?? Infinity
    this.perturbMoves = opts.perturbMoves ?? 1000
    this.squeezeProbability = opts.squeezeProbability ?? 0.2
    this.squeezeSteps = opts.squeezeSteps ?? 15
  }

  run(): RouteMinResult {
    const target = Math.max(1, this.opts.target ?? this.p.vehicleLowerBound)
    let best = this.rs.toRoutes()
    const elapsed = this.opts.elapsed
    this.lastSuccess = elapsed ? elapsed() : 0
    while (best.length > target && !this.exhausted()) {
      if (!this.deleteRoute()) break
      best = this.rs.toRoutes()
      if (elapsed) {
        const t = elapsed()
        this.lastTook = t - this.lastSuccess
        this.lastSuccess = t
      }
      this.opts.onImproved?.(best)
    }
    return { routes: best, iterations: this.iterations }
  }

  private lastSuccess = 0
  private lastTook = 0

  private exhausted(): boolean {
    if (this.iterations >= this.maxIterations || this.opts.stop()) return true
    const { elapsed, stallSeconds } = this.opts
    if (elapsed && stallSeconds !== undefined && (this.iterations & 63) === 0) {
      return elapsed() - this.lastSuccess > Math.max(stallSeconds, 2 * this.lastTook)
    }
    return false
  }

  private snapshot(): number[][] {
    const out: number[][] = []
    for (let r = 0; r < this.rs.R; r++) out.push(this.rs.customers(r))
    return out
  }

  private restore(s: number[][]): void {
    this.rs.load(s)
  }

  private deleteRoute(): boolean {
    const { rs, rng } = { rs: this.rs, rng: this.opts.rng }
    const saved = this.snapshot()
    const savedClosed = this.closed.slice()
    const open: number[] = []
    for (let r = 0; r < rs.R; r++) if (!this.closed[r] && rs.len[r] > 0) open.push(r)
    const victim = open[rng.int(open.length)]
    const pool = rs.customers(victim)
    rng.shuffle(pool)
    rs.setRoute(victim, [])
    this.closed[victim] = 1
    this.pen.fill(1)
    while (pool.length > 0) {
      if (this.exhausted()) {
        this.restore(saved)
        this.closed.set(savedClosed)
        return false
      }
      this.iterations++
      const v = pool.pop() as number
      if (this.insertFeasible(v)) continue
      if (this.opts.rng.next() < this.squeezeProbability && this.squeeze(v)) continue
      this.pen[v]++
      const ejected = this.insertEject(v)
      if (ejected === null) {
        // no ejection of <= kMax customers makes room anywhere: keep v in the pool under the others
        pool.unshift(v)
      } else {
        for (const e of ejected) pool.push(e)
      }
      this.perturb()
    }
    return true
  }

  /** Inserts v at a random feasible position; false when there is none. */
  private insertFeasible(v: number): boolean {
    const { rs, p } = this
    const rng = this.opts.rng
    let count = 0
    let pickR = -1
    let pickJ = -1
    for (let r = 0; r < rs.R; r++) {
      if (this.closed[r] || rs.len[r] === 0) continue
      if (rs.routeLoad(r) + p.demand[v] > p.capacity + EPS) continue
      for (let j = 0; j <= rs.len[r]; j++) {
        rs.accFwd(r, j)
        rs.accNode(v)
        rs.accBwd(r, j + 1)
        if (rs.acc[F_TW] <= EPS) {
          count++
          if (rng.int(count) === 0) {
            pickR = r
            pickJ = j
          }
        }
      }
    }
    if (pickR < 0) return false
    this.insertAt(v, pickR, pickJ)
    return true
  }

  private insertAt(v: number, r: number, j: number): void {
    const c = this.rs.customers(r)
    c.splice(j, 0, v)
    this.rs.setRoute(r, c)
  }

  private squeeze(v: number): boolean {
    const { rs, p } = this
    const rng = this.opts.rng
    const saved = this.snapshot()
    rs.setWeights(0, 1, this.alpha)
    let bestR = -1
    let bestJ = -1
    let best = Infinity
    for (let r = 0; r < rs.R; r++) {
      if (this.closed[r] || rs.len[r] === 0) continue
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
    }
    if (bestR < 0) {
      rs.setWeights(0, 1, 1)
      return false
    }
    this.insertAt(v, bestR, bestJ)
    const K = p.K
    const infeasible: number[] = []
    for (let guard = 0; guard < this.squeezeSteps; guard++) {
      infeasible.length = 0
      for (let r = 0; r < rs.R; r++) if (!this.closed[r] && rs.cost[r] > EPS) infeasible.push(r)
      if (infeasible.length === 0) break
      const r = infeasible[rng.int(infeasible.length)]
      // customers of r in random order; the best 2-opt* or out-relocate move of the first one that has an
      // improving move (a full best-improvement scan of the route costs ~len x more and rarely chooses better)
      let bd = -1e-9
      let kind = 0
      let m1 = 0
      let m2 = 0
      let m3 = 0
      const L = rs.len[r]
      const offset = rng.int(L)
      for (let t = 0; t < L && kind === 0; t++) {
        const i = 1 + ((offset + t) % L)
        const u = rs.node(r, i)
        for (let kk = 0; kk < K; kk++) {
          const w = p.granular[u * K + kk]
          const rw = rs.routeOf[w]
          if (rw === r || rw < 0) continue
          const jw = rs.posOf[w]
          let d = evaluateRelocate(rs, r, i, 1, rw, jw)
          if (d < bd) (bd = d), (kind = 1), (m1 = i), (m2 = rw), (m3 = jw)
          d = evaluateRelocate(rs, r, i, 1, rw, jw - 1)
          if (d < bd) (bd = d), (kind = 1), (m1 = i), (m2 = rw), (m3 = jw - 1)
          d = evaluateTwoOptStar(rs, r, i, rw, jw)
          if (d < bd) (bd = d), (kind = 2), (m1 = i), (m2 = rw), (m3 = jw)
          d = evaluateTwoOptStar(rs, r, i - 1, rw, jw - 1)
          if (d < bd) (bd = d), (kind = 2), (m1 = i - 1), (m2 = rw), (m3 = jw - 1)
        }
      }
      if (kind === 0) break
      if (kind === 1) applyRelocate(rs, r, m1, 1, m2, m3)
      else applyTwoOptStar(rs, r, m1, m2, m3)
    }
    let pc = 0
    let ptw = 0
    for (let r = 0; r < rs.R; r++) {
      const o = rs.full(r)
      pc += Math.max(0, rs.fwd[o + F_LOAD] - p.capacity)
      ptw += rs.fwd[o + F_TW]
    }
    rs.setWeights(0, 1, 1)
    if (pc <= EPS && ptw <= EPS) return true
    // Nagata & Bräysy adapt alpha after a failed squeeze to balance the two penalty terms
    this.alpha = ptw > pc ? this.alpha / 0.99 : this.alpha * 0.99
    this.restore(saved)
    return false
  }

  /** Inserts v with the cheapest ejection (by failure counters); returns the ejected customers, or null. */
  private insertEject(v: number): number[] | null {
    const { rs, ej, pen } = this
    const rng = this.opts.rng
    let best = Infinity
    let ties = 0
    let pickRoute: number[] | null = null
    let pickEjected: number[] = []
    let pickR = -1
    for (let r = 0; r < rs.R; r++) {
      if (this.closed[r] || rs.len[r] === 0) continue
      const c = rs.customers(r)
      for (let j = 0; j <= c.length; j++) {
        const res = ej.search(c, j, v, pen, best + 0.5)
        if (!res) continue
        if (res.psum < best) {
          best = res.psum
          ties = 1
        } else if (rng.int(++ties) !== 0) continue
        pickRoute = res.route
        pickEjected = res.ejected
        pickR = r
      }
    }
    if (!pickRoute) return null
    for (const e of pickEjected) {
      rs.routeOf[e] = -1
      rs.posOf[e] = -1
    }
    rs.setRoute(pickR, pickRoute)
    return pickEjected
  }

  /** Random feasible out-relocate and 2-opt* moves between neighbouring customers (diversification). */
  private perturb(): void {
    const { rs, p } = this
    const rng = this.opts.rng
    const K = p.K
    if (K === 0) return
    for (let t = 0; t < this.perturbMoves; t++) {
      const u = 1 + rng.int(p.n)
      const ru = rs.routeOf[u]
      if (ru < 0) continue
      const w = p.granular[u * K + rng.int(K)]
      const rw = rs.routeOf[w]
      if (rw < 0 || rw === ru) continue
      const i = rs.posOf[u]
      const jw = rs.posOf[w]
      if (rng.next() < 0.5) {
        const j = rng.next() < 0.5 ? jw : jw - 1
        if (rs.len[ru] > 1 && evaluateRelocate(rs, ru, i, 1, rw, j) <= EPS) applyRelocate(rs, ru, i, 1, rw, j)
      } else {
        const a = rng.next() < 0.5
        const ii = a ? i : i - 1
        const jj = a ? jw : jw - 1
        if (evaluateTwoOptStar(rs, ru, ii, rw, jj) <= EPS && !this.emptiesRoute(ru, ii, rw, jj)) applyTwoOptStar(rs, ru, ii, rw, jj)
      }
    }
  }

  private emptiesRoute(r1: number, i: number, r2: number, j: number): boolean {
    return i + (this.rs.len[r2] - j) === 0 || j + (this.rs.len[r1] - i) === 0
  }
}
