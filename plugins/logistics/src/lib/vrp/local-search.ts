// Granular first-improvement local search on the penalised cost (Vidal et al. 2013; Vidal 2022 HGS-CVRP, the
// move set of its `LocalSearch::run`): for every customer u and each of its K correlated neighbours v, try
// relocating u, (u, x) and (x, u) after v, swapping u / (u, x) with v / (v, y), 2-opt within a route and two 2-opt*
// variants between routes, plus the same insertions right after v's start depot when v opens its route. A pair is
// re-examined only when one of its routes changed since u was last tested.
import {
  applyRelocate,
  applySwap,
  applyTwoOpt,
  applyTwoOptStar,
  evaluateRelocate,
  evaluateSwap,
  evaluateTwoOpt,
  evaluateTwoOptStar,
} from "./moves"
import type { Rng } from "./rng"
import type { Routes } from "./routes"

/** an improvement must lower the penalised cost by more than this */
export const IMPROVE = -1e-7

export interface LocalSearchOptions {
  /** stop once this many moves were applied (safety net; default unlimited) */
  maxMoves?: number
  /** allow moving a customer into an empty route slot (default true) */
  useEmptyRoutes?: boolean
}

/** Runs to a local optimum of rs's penalised cost; returns the number of improving moves applied. */
export function localSearch(rs: Routes, rng: Rng, opts: LocalSearchOptions = {}): number {
  const p = rs.p
  const K = p.K
  const maxMoves = opts.maxMoves ?? Infinity
  const useEmpty = opts.useEmptyRoutes ?? true
  // buffers reused across calls (one local search runs per offspring)
  const order = rs.lsOrder
  let count = 0
  for (let v = 1; v <= p.n; v++) if (rs.routeOf[v] >= 0) order[count++] = v
  const testedAt = rs.lsTested.fill(-1)
  let moves = 0
  let loop = 0
  let improved = true
  while (improved && moves < maxMoves) {
    improved = false
    rng.shuffle(order, 0, count)
    for (let t = 0; t < count; t++) {
      const u = order[t]
      const last = testedAt[u]
      testedAt[u] = rs.clock
      const start = rng.int(Math.max(K, 1))
      for (let kk = 0; kk < K; kk++) {
        const v = p.granular[u * K + ((start + kk) % K)]
        const ru = rs.routeOf[u]
        const rv = rs.routeOf[v]
        if (rv < 0 || ru < 0) continue
        if (loop > 0 && Math.max(rs.stamp[ru], rs.stamp[rv]) <= last) continue
        if (tryPair(rs, u, v)) {
          improved = true
          if (++moves >= maxMoves) return moves
        }
      }
      if (useEmpty && loop > 0 && rs.routeOf[u] >= 0) {
        const re = emptyRoute(rs)
        if (re >= 0) {
          const ru = rs.routeOf[u]
          const i = rs.posOf[u]
          if (evaluateRelocate(rs, ru, i, 1, re, 0, false, IMPROVE) < IMPROVE) {
            applyRelocate(rs, ru, i, 1, re, 0)
            improved = true
            moves++
          }
        }
      }
    }
    loop++
  }
  return moves
}

export function emptyRoute(rs: Routes): number {
  for (let r = 0; r < rs.R; r++) if (rs.len[r] === 0) return r
  return -1
}

/** Tries the move set on (u, v); applies the first improving move. */
export function tryPair(rs: Routes, u: number, v: number): boolean {
  const ru = rs.routeOf[u]
  const i = rs.posOf[u]
  const rv = rs.routeOf[v]
  const j = rs.posOf[v]
  const Lu = rs.len[ru]
  const Lv = rs.len[rv]
  const hasX = i < Lu
  const x = rs.node(ru, i + 1)
  const B = IMPROVE
  const same = ru === rv
  // relocate u / (u, x) / (x, u) after v
  if (!(same && j === i - 1)) {
    if (evaluateRelocate(rs, ru, i, 1, rv, j, false, B) < B) return applyRelocate(rs, ru, i, 1, rv, j), true
  }
  if (hasX && v !== x && !(same && j === i - 1)) {
    if (evaluateRelocate(rs, ru, i, 2, rv, j, false, B) < B) return applyRelocate(rs, ru, i, 2, rv, j), true
    if (evaluateRelocate(rs, ru, i, 2, rv, j, true, B) < B) return applyRelocate(rs, ru, i, 2, rv, j, true), true
  }
  // swaps
  if (evaluateSwap(rs, ru, i, 1, rv, j, 1, B) < B) return applySwap(rs, ru, i, 1, rv, j, 1), true
  if (hasX && v !== x) {
    if (evaluateSwap(rs, ru, i, 2, rv, j, 1, B) < B) return applySwap(rs, ru, i, 2, rv, j, 1), true
    if (j < Lv && rs.node(rv, j + 1) !== u) {
      if (evaluateSwap(rs, ru, i, 2, rv, j, 2, B) < B) return applySwap(rs, ru, i, 2, rv, j, 2), true
    }
  }
  if (same) {
    if (i < j) {
      if (evaluateTwoOpt(rs, ru, i, j, B) < B) return applyTwoOpt(rs, ru, i, j), true
    } else if (evaluateTwoOpt(rs, ru, j, i, B) < B) return applyTwoOpt(rs, ru, j, i), true
  } else {
    if (evaluateTwoOptStar(rs, ru, i, rv, j, B) < B) return applyTwoOptStar(rs, ru, i, rv, j), true
    if (evaluateTwoOptStar(rs, ru, i - 1, rv, j, B) < B) return applyTwoOptStar(rs, ru, i - 1, rv, j), true
  }
  // v opens its route: the same insertions right after the depot
  if (j === 1 && !(same && i === 1)) {
    if (evaluateRelocate(rs, ru, i, 1, rv, 0, false, B) < B) return applyRelocate(rs, ru, i, 1, rv, 0), true
    if (hasX && v !== x) {
      if (evaluateRelocate(rs, ru, i, 2, rv, 0, false, B) < B) return applyRelocate(rs, ru, i, 2, rv, 0), true
      if (evaluateRelocate(rs, ru, i, 2, rv, 0, true, B) < B) return applyRelocate(rs, ru, i, 2, rv, 0, true), true
    }
    if (!same && evaluateTwoOptStar(rs, ru, i, rv, 0, B) < B) return applyTwoOptStar(rs, ru, i, rv, 0), true
  }
  return false
}
