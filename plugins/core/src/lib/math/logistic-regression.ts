import { solveSymmetric } from "./linear-solve"

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const e = Math.exp(z)
  return e / (1 + e)
}

export type LogisticFit = {
  /** Intercept first, then one weight per column. */
  weights: number[]
  iterations: number
  converged: boolean
}

export type LogisticOptions = {
  /** Ridge penalty λ on the non-intercept weights: the fit minimises −log L + λ/2 · Σ w_j². */
  l2?: number
  maxIterations?: number
  /** Stop when no weight moves by more than this in a Newton step. */
  tolerance?: number
}

/**
 * Logistic regression by Newton's method (iteratively reweighted least squares; Hastie, Tibshirani & Friedman,
 * The Elements of Statistical Learning, §4.4.1), with an L2 penalty that keeps the Hessian positive definite for
 * collinear or separable features. `x` is row-major n × d; targets are 0/1 or soft targets in [0, 1] (Platt's
 * calibration uses soft ones). Deterministic; typically converges in under 10 steps.
 */
export function fitLogistic(x: Float64Array, y: ArrayLike<number>, d: number, options: LogisticOptions = {}): LogisticFit {
  const { l2 = 1, maxIterations = 50, tolerance = 1e-10 } = options
  const n = y.length
  if (x.length !== n * d) throw new RangeError(`x has ${x.length} values, expected ${n} × ${d}`)
  const p = d + 1
  const w = new Float64Array(p)
  const g = new Float64Array(p)
  const h = new Float64Array(p * p)
  const xi = new Float64Array(p)
  xi[0] = 1
  let iterations = 0
  let converged = false
  for (; iterations < maxIterations && !converged; iterations++) {
    g.fill(0)
    h.fill(0)
    for (let i = 0; i < n; i++) {
      let z = w[0]
      for (let j = 0; j < d; j++) {
        xi[j + 1] = x[i * d + j]
        z += w[j + 1] * xi[j + 1]
      }
      const pr = sigmoid(z)
      const r = pr - y[i]
      // a floor on the curvature keeps a step finite when the data are separable and l2 = 0
      const s = Math.max(pr * (1 - pr), 1e-12)
      for (let j = 0; j < p; j++) {
        g[j] += r * xi[j]
        const sj = s * xi[j]
        for (let k = j; k < p; k++) h[j * p + k] += sj * xi[k]
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) h[j * p + k] = h[k * p + j]
    for (let j = 1; j < p; j++) {
      g[j] += l2 * w[j]
      h[j * p + j] += l2
    }
    const step = solveSymmetric(h, g, p)
    let largest = 0
    for (let j = 0; j < p; j++) {
      w[j] -= step[j]
      largest = Math.max(largest, Math.abs(step[j]))
    }
    if (largest < tolerance) converged = true
  }
  return { weights: Array.from(w), iterations, converged }
}

/** The linear score (log-odds) of one row. */
export function logisticLogit(weights: ArrayLike<number>, row: ArrayLike<number>): number {
  let z = weights[0]
  for (let j = 0; j < row.length; j++) z += weights[j + 1] * row[j]
  return z
}

/** Mean negative log-likelihood plus the L2 term: the objective `fitLogistic` minimises, divided by n. */
export function logisticObjective(x: Float64Array, y: ArrayLike<number>, d: number, weights: ArrayLike<number>, l2: number): number {
  const n = y.length
  let loss = 0
  for (let i = 0; i < n; i++) {
    let z = weights[0]
    for (let j = 0; j < d; j++) z += weights[j + 1] * x[i * d + j]
    // log(1 + e^z) − y z, computed without overflow
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - y[i] * z
  }
  let penalty = 0
  for (let j = 1; j < weights.length; j++) penalty += weights[j] * weights[j]
  return (loss + (l2 / 2) * penalty) / n
}
