/** Small descriptive statistics over typed-array ranges, NaN-free inputs assumed unless stated. */

/** Mean of x[from, to), skipping positions where `skip` is 1; NaN when nothing is left. */
export function rangeMean(x: ArrayLike<number>, from: number, to: number, skip?: ArrayLike<number>): number {
  let s = 0
  let n = 0
  for (let i = Math.max(0, from); i < to; i++) {
    if (skip && skip[i]) continue
    s += x[i]
    n++
  }
  return n ? s / n : NaN
}

/** Sum of x[from, to). */
export function rangeSum(x: ArrayLike<number>, from: number, to: number): number {
  let s = 0
  for (let i = Math.max(0, from); i < to; i++) s += x[i]
  return s
}

/**
 * Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's default and numpy's
 * "linear"). Sorts a copy.
 */
export function quantile(values: ArrayLike<number>, p: number): number {
  const n = values.length
  if (n === 0) return NaN
  const s = Float64Array.from(values).sort()
  return quantileSorted(s, p)
}

/** Type-7 quantile of an already sorted array. */
export function quantileSorted(s: ArrayLike<number>, p: number): number {
  const n = s.length
  if (n === 0) return NaN
  const h = (n - 1) * Math.min(1, Math.max(0, p))
  const lo = Math.floor(h)
  const hi = Math.min(n - 1, lo + 1)
  return s[lo] + (h - lo) * (s[hi] - s[lo])
}

/** Median of x[from, to) skipping masked positions (type 7). */
export function rangeMedian(x: ArrayLike<number>, from: number, to: number, skip?: ArrayLike<number>): number {
  const buf: number[] = []
  for (let i = Math.max(0, from); i < to; i++) if (!(skip && skip[i])) buf.push(x[i])
  if (!buf.length) return NaN
  buf.sort((a, b) => a - b)
  return quantileSorted(buf, 0.5)
}

/** Population coefficient of variation (sd / mean) of x; NaN for an empty or zero-mean input. */
export function coefficientOfVariation(x: ArrayLike<number>): number {
  const n = x.length
  if (!n) return NaN
  let s = 0
  for (let i = 0; i < n; i++) s += x[i]
  const m = s / n
  if (m === 0) return NaN
  let v = 0
  for (let i = 0; i < n; i++) v += (x[i] - m) ** 2
  return Math.sqrt(v / n) / m
}
