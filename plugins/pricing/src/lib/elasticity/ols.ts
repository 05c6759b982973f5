import { CholeskyDecomposition, Matrix } from "ml-matrix"

export type OlsResult = {
  n: number
  k: number
  /** residual degrees of freedom: n − k − absorbed */
  df: number
  coef: Float64Array
  /** heteroskedasticity-robust standard errors, HC1 (White 1980 with the n / (n − k) small-sample factor) */
  se: Float64Array
  /** classical (homoskedastic) standard errors, for reference */
  seClassic: Float64Array
  /** HC1 covariance, row-major k × k */
  vcov: Float64Array
  rss: number
  /** 1 − rss / tss, tss around the mean of y (or around 0 when `centered` is false) */
  r2: number
}

/**
 * Ordinary least squares with HC1 standard errors.
 * X is row-major n × k (typed array; the hot loops stay on it), y has n values. `absorbed` counts parameters
 * removed before the call (product fixed effects swept out by demeaning): they cost degrees of freedom, and with
 * them this reproduces the least-squares-dummy-variable fit's slopes and HC1 errors exactly (Frisch–Waugh–Lovell).
 * Returns null when X'X is singular or so ill-conditioned that a coefficient is not identified (a variance
 * inflation above 1e8, e.g. a column that is constant or a copy of another).
 *
 * Formulas: β = (X'X)⁻¹X'y; V_HC1 = n/(n−k) · (X'X)⁻¹ (Σ eᵢ² xᵢxᵢ') (X'X)⁻¹ (Davidson & MacKinnon 1993, §16.3;
 * R: sandwich::vcovHC(type = "HC1"); Stata: regress, vce(robust)), with n − k replaced by the residual df.
 */
export function ols(
  X: Float64Array,
  y: ArrayLike<number>,
  n: number,
  k: number,
  opts: { absorbed?: number; centered?: boolean } = {}
): OlsResult | null {
  const absorbed = opts.absorbed ?? 0
  const df = n - k - absorbed
  if (k < 1 || df < 1 || X.length !== n * k) return null
  const xtx = new Float64Array(k * k)
  const xty = new Float64Array(k)
  for (let i = 0; i < n; i++) {
    const o = i * k
    const yi = y[i]
    for (let a = 0; a < k; a++) {
      const xa = X[o + a]
      xty[a] += xa * yi
      for (let b = a; b < k; b++) xtx[a * k + b] += xa * X[o + b]
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) xtx[a * k + b] = xtx[b * k + a]
  const A = new Matrix(k, k)
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) A.set(a, b, xtx[a * k + b])
  const chol = new CholeskyDecomposition(A)
  if (!chol.isPositiveDefinite()) return null
  const inv = chol.solve(Matrix.eye(k, k))
  for (let a = 0; a < k; a++) {
    const vif = inv.get(a, a) * xtx[a * k + a]
    if (!Number.isFinite(vif) || vif > 1e8 || xtx[a * k + a] === 0) return null
  }
  const coef = new Float64Array(k)
  for (let a = 0; a < k; a++) {
    let s = 0
    for (let b = 0; b < k; b++) s += inv.get(a, b) * xty[b]
    coef[a] = s
  }
  const meat = new Float64Array(k * k)
  let rss = 0
  let ySum = 0
  for (let i = 0; i < n; i++) ySum += y[i]
  const yMean = opts.centered === false ? 0 : ySum / n
  let tss = 0
  for (let i = 0; i < n; i++) {
    const o = i * k
    let fit = 0
    for (let a = 0; a < k; a++) fit += X[o + a] * coef[a]
    const e = y[i] - fit
    const e2 = e * e
    rss += e2
    tss += (y[i] - yMean) ** 2
    for (let a = 0; a < k; a++) {
      const w = e2 * X[o + a]
      for (let b = a; b < k; b++) meat[a * k + b] += w * X[o + b]
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) meat[a * k + b] = meat[b * k + a]
  const M = new Matrix(k, k)
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) M.set(a, b, meat[a * k + b])
  const V = inv.mmul(M).mmul(inv)
  const scale = n / df
  const vcov = new Float64Array(k * k)
  const se = new Float64Array(k)
  const seClassic = new Float64Array(k)
  const sigma2 = rss / df
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) vcov[a * k + b] = V.get(a, b) * scale
    se[a] = Math.sqrt(Math.max(0, vcov[a * k + a]))
    seClassic[a] = Math.sqrt(sigma2 * inv.get(a, a))
  }
  return { n, k, df, coef, se, seClassic, vcov, rss, r2: tss > 0 ? 1 - rss / tss : NaN }
}
