import { normalQuantile } from "./normal"

/**
 * The distribution of demand in a period when order lines arrive as a Poisson process with rate λ and each line's
 * quantity is drawn from an empirical size distribution: a compound Poisson distribution. Its quantiles come from
 * Panjer's recursion (Panjer 1981, ASTIN Bulletin 12:22–26; Klugman, Panjer & Willmot, "Loss Models", §9.6):
 * f(0) = e^{−λ}, f(s) = (λ/s)·Σ_j k_j·p_j·f(s − k_j), on a grid of u units (u = 1 unless the support is wide), and
 * from a Cornish–Fisher expansion when λ is so large that the normal approximation with a skewness term is exact
 * enough (λ > 300 lines a period).
 */
export type SizeDistribution = {
  values: Float64Array
  probs: Float64Array
  /** E[S], E[S²], E[S³] */
  m1: number
  m2: number
  m3: number
  /** sizes on the recursion's grids, filled lazily per grid unit */
  grids?: Map<number, { kv: Int32Array; kp: Float64Array }>
}

/** Empirical distribution of line sizes (positive quantities) in `sizes`. */
export function sizeDistribution(sizes: ArrayLike<number>): SizeDistribution | null {
  // counted in a map (sizes repeat: 1, 2, 6, 12...), then only the distinct values are sorted
  const counts = new Map<number, number>()
  let n = 0
  for (let i = 0; i < sizes.length; i++) {
    const v = sizes[i]
    if (!(v > 0)) continue
    counts.set(v, (counts.get(v) ?? 0) + 1)
    n++
  }
  if (!n) return null
  const values = Float64Array.from(counts.keys()).sort()
  const probs = new Float64Array(values.length)
  let m1 = 0
  let m2 = 0
  let m3 = 0
  for (let j = 0; j < values.length; j++) {
    const v = values[j]
    const p = counts.get(v)! / n
    probs[j] = p
    m1 += p * v
    m2 += p * v * v
    m3 += p * v * v * v
  }
  return { values, probs, m1, m2, m3 }
}

/** Sizes on a grid of u units, merged when two round to the same multiple; cached on the distribution. */
function onGrid(dist: SizeDistribution, u: number): { kv: Int32Array; kp: Float64Array } {
  if (!dist.grids) dist.grids = new Map()
  let g = dist.grids.get(u)
  if (!g) {
    const kv: number[] = []
    const kp: number[] = []
    for (let j = 0; j < dist.values.length; j++) {
      const k = Math.max(1, Math.round(dist.values[j] / u))
      const at = kv.indexOf(k)
      if (at >= 0) kp[at] += dist.probs[j]
      else (kv.push(k), kp.push(dist.probs[j]))
    }
    g = { kv: Int32Array.from(kv), kp: Float64Array.from(kp) }
    dist.grids.set(u, g)
  }
  return g
}

const GRID = 2048
const scratch = new Float64Array(GRID + 1)

/** One quantile without allocating: the forecast job's point forecast (see compoundPoissonQuantiles). */
export function compoundPoissonQuantile(lambda: number, dist: SizeDistribution | null, p: number): number {
  if (!dist || !(lambda > 0)) return 0
  const mean = lambda * dist.m1
  const sd = Math.sqrt(lambda * dist.m2)
  if (lambda > 300) {
    const skew = (lambda * dist.m3) / (sd * sd * sd)
    const z = normalQuantile(p)
    return Math.max(0, mean + sd * (z + ((z * z - 1) * skew) / 6))
  }
  const u = Math.max(1, Math.ceil((mean + 6 * sd) / GRID))
  const { kv, kp } = onGrid(dist, u)
  const f = scratch
  f[0] = Math.exp(-lambda)
  let cdf = f[0]
  if (cdf >= p) return 0
  const K = kv.length
  for (let s = 1; s <= GRID; s++) {
    let acc = 0
    for (let j = 0; j < K; j++) {
      const k = kv[j]
      if (k <= s) acc += k * kp[j] * f[s - k]
    }
    f[s] = (lambda / s) * acc
    cdf += f[s]
    if (cdf >= p - 1e-12) return s * u
  }
  const skew = (lambda * dist.m3) / (sd * sd * sd)
  const z = normalQuantile(p)
  return Math.max(GRID * u, mean + sd * (z + ((z * z - 1) * skew) / 6))
}

/**
 * Quantiles (the smallest s with P(X ≤ s) ≥ p, on the unit grid) of the compound Poisson sum for each p in `probs`.
 * `probs` need not be sorted.
 */
export function compoundPoissonQuantiles(lambda: number, dist: SizeDistribution | null, probs: readonly number[]): Float64Array {
  const out = new Float64Array(probs.length)
  if (!dist || !(lambda > 0)) return out
  const mean = lambda * dist.m1
  const variance = lambda * dist.m2
  const sd = Math.sqrt(variance)
  if (lambda > 300) {
    const skew = (lambda * dist.m3) / (sd * sd * sd)
    probs.forEach((p, i) => {
      const z = normalQuantile(p)
      out[i] = Math.max(0, mean + sd * (z + ((z * z - 1) * skew) / 6))
    })
    return out
  }
  const u = Math.max(1, Math.ceil((mean + 6 * sd) / GRID))
  const { kv, kp } = onGrid(dist, u)
  const order = probs.map((p, i) => i).sort((a, b) => probs[a] - probs[b])
  const f = scratch
  f[0] = Math.exp(-lambda)
  let cdf = f[0]
  let next = 0
  while (next < order.length && cdf >= probs[order[next]]) out[order[next++]] = 0
  const K = kv.length
  for (let s = 1; s <= GRID && next < order.length; s++) {
    let acc = 0
    for (let j = 0; j < K; j++) {
      const k = kv[j]
      if (k <= s) acc += k * kp[j] * f[s - k]
    }
    f[s] = (lambda / s) * acc
    cdf += f[s]
    while (next < order.length && cdf >= probs[order[next]] - 1e-12) out[order[next++]] = s * u
  }
  // beyond the grid (only for the far tail): the normal approximation with skewness
  if (next < order.length) {
    const skew = (lambda * dist.m3) / (sd * sd * sd)
    for (; next < order.length; next++) {
      const z = normalQuantile(probs[order[next]])
      out[order[next]] = Math.max(GRID * u, mean + sd * (z + ((z * z - 1) * skew) / 6))
    }
  }
  return out
}

/**
 * P(X ≤ s) of a mixture of compound Poisson sums (rates `lambdas` with weights `weights`, the same sizes) at each s
 * in `points` (units). Panjer's recursion on a common grid; used for the lead-time demand of slow movers when the
 * lead time itself varies (a three-point mixture over lead times).
 */
export function compoundPoissonMixtureCdf(lambdas: readonly number[], weights: readonly number[], dist: SizeDistribution | null, points: readonly number[]): Float64Array {
  const out = new Float64Array(points.length)
  if (!dist) return out.fill(1)
  const maxPoint = Math.max(0, ...points)
  const u = Math.max(1, Math.ceil(maxPoint / GRID))
  const { kv, kp } = onGrid(dist, u)
  const steps = Math.min(GRID, Math.floor(maxPoint / u))
  lambdas.forEach((lambda, li) => {
    const w = weights[li]
    if (!(lambda > 0)) {
      points.forEach((_, i) => (out[i] += w))
      return
    }
    if (lambda > 700) {
      const mean = lambda * dist.m1
      const sd = Math.sqrt(lambda * dist.m2)
      points.forEach((p, i) => (out[i] += w * 0.5 * (1 + erf((p + 0.5 * u - mean) / (sd * Math.SQRT2)))))
      return
    }
    const f = new Float64Array(steps + 1)
    f[0] = Math.exp(-lambda)
    for (let s = 1; s <= steps; s++) {
      let acc = 0
      for (let j = 0; j < kv.length; j++) if (kv[j] <= s) acc += kv[j] * kp[j] * f[s - kv[j]]
      f[s] = (lambda / s) * acc
    }
    const cdf = new Float64Array(steps + 1)
    let c = 0
    for (let s = 0; s <= steps; s++) cdf[s] = c += f[s]
    points.forEach((p, i) => (out[i] += w * (p < 0 ? 0 : cdf[Math.min(steps, Math.floor(p / u))])))
  })
  return out
}

/** Error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7): only for the far-tail normal fallback. */
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x))
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x)
  return x >= 0 ? y : -y
}
