// The p-median problem (Hakimi 1964): open p of the candidate facilities to minimise the demand-weighted distance
// of every demand point to its nearest open facility. Small instances are solved exactly by enumeration; larger
// ones by the vertex-substitution heuristic of M. B. Teitz and P. Bart, "Heuristic methods for estimating the
// generalized vertex median of a weighted graph", Operations Research 16(5), 1968, from a greedy start.

export type LocationProblem = {
  /** m demand points × f facilities, row-major: cost[i * f + j] = distance from demand i to facility j */
  cost: Float64Array
  /** m weights (orders or units per demand point) */
  weight: Float64Array
  m: number
  f: number
}

export type PMedianResult = {
  /** open facility indices, ascending */
  open: number[]
  /** for each demand point, the facility it is served from */
  assignment: Int32Array
  /** Σ weight × distance */
  objective: number
  method: "exhaustive" | "teitz-bart"
  evaluated: number
}

/** Σ weight × distance to the nearest open facility, and that assignment. */
export function assignNearest(pb: LocationProblem, open: readonly number[]): { objective: number; assignment: Int32Array } {
  const assignment = new Int32Array(pb.m)
  let objective = 0
  for (let i = 0; i < pb.m; i++) {
    let best = Infinity
    let bj = -1
    for (const j of open) {
      const c = pb.cost[i * pb.f + j]
      if (c < best) {
        best = c
        bj = j
      }
    }
    assignment[i] = bj
    objective += pb.weight[i] * best
  }
  return { objective, assignment }
}

export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0
  let r = 1
  for (let t = 1; t <= k; t++) r = (r * (n - k + t)) / t
  return Math.round(r)
}

/** Calls fn for every k-subset of `pool` (lexicographic); stops when fn returns false. */
export function forEachSubset(pool: readonly number[], k: number, fn: (s: number[]) => boolean | void) {
  const idx = Array.from({ length: k }, (_, t) => t)
  if (k > pool.length) return
  if (k === 0) {
    fn([])
    return
  }
  while (true) {
    if (fn(idx.map((t) => pool[t])) === false) return
    let p = k - 1
    while (p >= 0 && idx[p] === pool.length - k + p) p--
    if (p < 0) return
    idx[p]++
    for (let t = p + 1; t < k; t++) idx[t] = idx[t - 1] + 1
  }
}

/**
 * Opens p facilities (including every index in `fixed`). Exhaustive when the number of subsets is at most
 * `exhaustiveLimit`, else Teitz–Bart: start from a greedy ADD, then repeatedly make the best swap of an open
 * (non-fixed) facility for a closed one while it lowers the objective.
 */
export function pMedian(pb: LocationProblem, p: number, opts: { fixed?: readonly number[]; exhaustiveLimit?: number; allowed?: readonly number[] } = {}): PMedianResult {
  const fixed = [...new Set(opts.fixed ?? [])]
  const allowed = opts.allowed ?? Array.from({ length: pb.f }, (_, j) => j)
  const free = allowed.filter((j) => !fixed.includes(j))
  const k = Math.max(0, Math.min(p, fixed.length + free.length) - fixed.length)
  let evaluated = 0
  if (binomial(free.length, k) <= (opts.exhaustiveLimit ?? 20_000)) {
    let best: number[] = []
    let bestObj = Infinity
    forEachSubset(free, k, (s) => {
      const open = [...fixed, ...s]
      const { objective } = assignNearest(pb, open)
      evaluated++
      if (objective < bestObj - 1e-9) {
        bestObj = objective
        best = open
      }
    })
    const open = best.sort((a, b) => a - b)
    return { open, ...assignNearest(pb, open), method: "exhaustive", evaluated }
  }
  // greedy ADD
  const open = [...fixed]
  while (open.length < fixed.length + k) {
    let bj = -1
    let bo = Infinity
    for (const j of free) {
      if (open.includes(j)) continue
      const { objective } = assignNearest(pb, [...open, j])
      evaluated++
      if (objective < bo - 1e-9) {
        bo = objective
        bj = j
      }
    }
    open.push(bj)
  }
  // vertex substitution
  let cur = assignNearest(pb, open).objective
  for (;;) {
    let move: [number, number] | null = null
    let moveObj = cur
    for (let a = 0; a < open.length; a++) {
      if (fixed.includes(open[a])) continue
      for (const j of free) {
        if (open.includes(j)) continue
        const trial = open.slice()
        trial[a] = j
        const { objective } = assignNearest(pb, trial)
        evaluated++
        if (objective < moveObj - 1e-9) {
          moveObj = objective
          move = [a, j]
        }
      }
    }
    if (!move) break
    open[move[0]] = move[1]
    cur = moveObj
  }
  open.sort((a, b) => a - b)
  return { open, ...assignNearest(pb, open), method: "teitz-bart", evaluated }
}
