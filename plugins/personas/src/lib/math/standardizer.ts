/**
 * Column means and standard deviations of a row-major matrix, kept with a model so scoring one customer
 * later uses exactly the scale the model was fitted on. A constant column gets sd 0 and standardises to 0
 * (e.g. "share discounted" in a store that never discounts), so it can neither help nor break a fit.
 */
export type Standardizer = { mean: number[]; sd: number[] }

export function fitStandardizer(x: Float64Array, d: number): Standardizer {
  const n = x.length / d
  const mean = new Array<number>(d).fill(0)
  const sd = new Array<number>(d).fill(0)
  if (n === 0) return { mean, sd }
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += x[i * d + j]
  for (let j = 0; j < d; j++) mean[j] /= n
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) sd[j] += (x[i * d + j] - mean[j]) ** 2
  // population sd; tiny spreads (floating noise on a constant column) count as constant
  for (let j = 0; j < d; j++) {
    const s = Math.sqrt(sd[j] / n)
    sd[j] = s > 1e-12 * (1 + Math.abs(mean[j])) ? s : 0
  }
  return { mean, sd }
}

export function standardizeValue(v: number, s: Standardizer, j: number): number {
  return s.sd[j] > 0 ? (v - s.mean[j]) / s.sd[j] : 0
}

/** A new standardised copy of the matrix. */
export function standardizeMatrix(x: Float64Array, d: number, s: Standardizer): Float64Array {
  const out = new Float64Array(x.length)
  for (let i = 0; i < x.length; i++) out[i] = standardizeValue(x[i], s, i % d)
  return out
}
