/** Quantiles and threshold scoring shared by RFM, spend levels and tags. */

/**
 * The q-quantile of an ascending-sorted array by linear interpolation between closest ranks: the "type 7"
 * definition (R's default, numpy's "linear"), so breakpoints can be checked against either by hand.
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

/** Breakpoints at the given probabilities (e.g. [0.2, 0.4, 0.6, 0.8] for quintiles). */
export function breakpoints(values: ArrayLike<number>, probabilities: readonly number[]): number[] {
  const sorted = Float64Array.from(values).sort()
  return probabilities.map((p) => quantileSorted(sorted, p))
}

/**
 * How many breakpoints a value is strictly above: 0..breaks.length. Equal values always get the same bin
 * (ties are never split by input order), and a value equal to a breakpoint falls in the lower bin.
 */
export function binAbove(value: number, breaks: readonly number[]): number {
  let k = 0
  while (k < breaks.length && value > breaks[k]) k++
  return k
}
