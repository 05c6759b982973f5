import { centredMovingAverage } from "./ets-core"

/**
 * A multiplicative seasonal profile estimated on an aggregate (a category, a location, the whole store) and shared
 * with its sparse member series, which have too little data to estimate 52 weekly or 7 daily indices of their own.
 * Classical decomposition (FPP 3rd ed., §3.4): ratio of each period to its centred moving average, averaged by
 * position, normalised to mean 1. `shrink` pulls each index towards 1 by n/(n + shrink) (n = seasons seen), so one
 * odd year moves the profile less.
 */
export function seasonalProfile(aggregate: ArrayLike<number>, m: number, options: { missing?: ArrayLike<number>; shrink?: number } = {}): Float64Array | null {
  const n = aggregate.length
  if (m < 2 || n < 2 * m) return null
  const trend = centredMovingAverage(aggregate, n, m)
  const sums = new Float64Array(m)
  const counts = new Float64Array(m)
  for (let t = 0; t < n; t++) {
    if (!(trend[t] > 0) || options.missing?.[t]) continue
    sums[t % m] += aggregate[t] / trend[t]
    counts[t % m]++
  }
  for (let j = 0; j < m; j++) if (!counts[j]) return null
  const index = new Float64Array(m)
  let mean = 0
  for (let j = 0; j < m; j++) {
    const raw = sums[j] / counts[j]
    const w = options.shrink ? counts[j] / (counts[j] + options.shrink) : 1
    index[j] = w * raw + (1 - w)
    mean += index[j] / m
  }
  for (let j = 0; j < m; j++) index[j] = Math.max(1e-3, index[j] / mean)
  return index
}

/** The seasonal factor of absolute period t under a profile of length m (1 without a profile). */
export function seasonalFactor(index: Float64Array | null | undefined, t: number): number {
  if (!index) return 1
  const m = index.length
  return index[((t % m) + m) % m]
}
