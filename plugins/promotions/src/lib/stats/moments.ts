/**
 * Sufficient statistics of one arm for a metric y and an optional pre-period covariate x: only these sums are
 * needed by Welch, CUPED and the ratio (delta-method) tests, so a database can aggregate them (GrowthBook's
 * warehouse-native idea) and the statistics never see the rows.
 */
export type Moments = {
  n: number
  sumY: number
  sumY2: number
  sumX: number
  sumX2: number
  sumXY: number
}

export const EMPTY_MOMENTS: Moments = Object.freeze({ n: 0, sumY: 0, sumY2: 0, sumX: 0, sumX2: 0, sumXY: 0 })

/**
 * Moments of `y` (and `x`, same length) over the rows `index` (all rows when omitted). Raw sums are enough in
 * double precision for per-customer amounts in minor units: even £1M customers (1e8 minor) squared and summed
 * over a million customers stay below 1e22, where the n − 1 variance keeps more than 10 significant digits
 * unless the variance is below 1e-10 of the mean square.
 */
export function momentsOf(y: ArrayLike<number>, x?: ArrayLike<number> | null, index?: ArrayLike<number>): Moments {
  const n = index ? index.length : y.length
  let sumY = 0
  let sumY2 = 0
  let sumX = 0
  let sumX2 = 0
  let sumXY = 0
  for (let k = 0; k < n; k++) {
    const i = index ? index[k] : k
    const yi = y[i]
    sumY += yi
    sumY2 += yi * yi
    if (x) {
      const xi = x[i]
      sumX += xi
      sumX2 += xi * xi
      sumXY += xi * yi
    }
  }
  return { n, sumY, sumY2, sumX, sumX2, sumXY }
}

export function addMoments(a: Moments, b: Moments): Moments {
  return {
    n: a.n + b.n,
    sumY: a.sumY + b.sumY,
    sumY2: a.sumY2 + b.sumY2,
    sumX: a.sumX + b.sumX,
    sumX2: a.sumX2 + b.sumX2,
    sumXY: a.sumXY + b.sumXY,
  }
}

/** Mean and sample variance (n − 1) of y. */
export function meanVarY(m: Moments): { mean: number; variance: number } {
  if (m.n === 0) return { mean: NaN, variance: NaN }
  const mean = m.sumY / m.n
  const variance = m.n > 1 ? Math.max(0, (m.sumY2 - m.n * mean * mean) / (m.n - 1)) : NaN
  return { mean, variance }
}

/** Mean and sample variance (n − 1) of x. */
export function meanVarX(m: Moments): { mean: number; variance: number } {
  if (m.n === 0) return { mean: NaN, variance: NaN }
  const mean = m.sumX / m.n
  const variance = m.n > 1 ? Math.max(0, (m.sumX2 - m.n * mean * mean) / (m.n - 1)) : NaN
  return { mean, variance }
}

/** Sample covariance (n − 1) of x and y. */
export function covarianceXY(m: Moments): number {
  if (m.n < 2) return NaN
  return (m.sumXY - (m.sumX * m.sumY) / m.n) / (m.n - 1)
}
