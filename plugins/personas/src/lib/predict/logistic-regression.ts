import { sigmoid } from "../math/special-functions"

/** Weights of a logistic regression on standardised features: intercept first. */
export type LogisticModel = { weights: number[] }

export type LogisticOptions = {
  /** Ridge penalty on the non-intercept weights (features are standardised, so one value fits all). */
  l2?: number
  maxIterations?: number
}

/**
 * Fits by Newton's method (IRLS) with an L2 penalty, which makes the Hessian positive definite even for
 * collinear features (frequency, lines and distinct days move together). Deterministic, converges in
 * well under 20 iterations; rows are row-major in `x` (n × d), labels 0/1.
 */
export function fitLogistic(x: Float64Array, y: ArrayLike<number>, d: number, options: LogisticOptions = {}): LogisticModel {
  const { l2 = 1, maxIterations = 50 } = options
  const n = y.length
  const p = d + 1
  const w = new Float64Array(p)
  const g = new Float64Array(p)
  const h = new Float64Array(p * p)
  const xi = new Float64Array(p)
  xi[0] = 1
  for (let iter = 0; iter < maxIterations; iter++) {
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
      const s = pr * (1 - pr)
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
    if (largest < 1e-9) break
  }
  return { weights: Array.from(w) }
}

/** The linear score (log-odds) of one standardised row. */
export function logisticLogit(model: LogisticModel, row: ArrayLike<number>): number {
  let z = model.weights[0]
  for (let j = 0; j < row.length; j++) z += model.weights[j + 1] * row[j]
  return z
}

/** Solves A x = b for a symmetric positive-definite A (Cholesky); adds a tiny ridge if A is near singular. */
export function solveSymmetric(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let jitter = 0; ; jitter = jitter ? jitter * 10 : 1e-10) {
    const l = new Float64Array(n * n)
    let ok = true
    for (let i = 0; i < n && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = a[i * n + j] + (i === j ? jitter : 0)
        for (let k = 0; k < j; k++) s -= l[i * n + k] * l[j * n + k]
        if (i === j) {
          if (s <= 0) ok = false
          else l[i * n + i] = Math.sqrt(s)
        } else l[i * n + j] = s / l[j * n + j]
      }
    }
    if (!ok) {
      if (jitter > 1e6) throw new Error("matrix is not positive definite")
      continue
    }
    const y = new Float64Array(n)
    for (let i = 0; i < n; i++) {
      let s = b[i]
      for (let k = 0; k < i; k++) s -= l[i * n + k] * y[k]
      y[i] = s / l[i * n + i]
    }
    const out = new Float64Array(n)
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]
      for (let k = i + 1; k < n; k++) s -= l[k * n + i] * out[k]
      out[i] = s / l[i * n + i]
    }
    return out
  }
}
