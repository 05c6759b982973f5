/** Small order statistics over typed or plain arrays, used by strategies, the price index and the alerts. */

/**
 * The q-quantile of an ascending-sorted array by linear interpolation between closest ranks: the "type 7"
 * definition (R's default, numpy's "linear"), so bands can be checked against either by hand.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  if (q <= 0) return sorted[0]
  if (q >= 1) return sorted[n - 1]
  const h = (n - 1) * q
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo])
}

/** Median of an unsorted list (copied, never mutated); NaN when empty. */
export function median(values: ArrayLike<number>): number {
  const n = values.length
  if (n === 0) return NaN
  if (n === 1) return values[0]
  if (n === 2) return (values[0] + values[1]) / 2
  return quantileSorted(Float64Array.from(values).sort(), 0.5)
}

export function mean(values: ArrayLike<number>, from = 0, to = values.length): number {
  let s = 0
  for (let i = from; i < to; i++) s += values[i]
  return to > from ? s / (to - from) : NaN
}

/** Sample standard deviation (n − 1); NaN below two values. */
export function sampleSd(values: ArrayLike<number>): number {
  const n = values.length
  if (n < 2) return NaN
  const m = mean(values)
  let s = 0
  for (let i = 0; i < n; i++) s += (values[i] - m) ** 2
  return Math.sqrt(s / (n - 1))
}

/** Least-squares slope of y on 0, 1, 2, …; 0 for fewer than two points. */
export function trendSlope(y: ArrayLike<number>, from = 0, to = y.length): number {
  const n = to - from
  if (n < 2) return 0
  const xm = (n - 1) / 2
  const ym = mean(y, from, to)
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    sxy += (i - xm) * (y[from + i] - ym)
    sxx += (i - xm) ** 2
  }
  return sxy / sxx
}
