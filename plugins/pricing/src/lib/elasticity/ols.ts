import { CholeskyDecomposition, Matrix } from "ml-matrix"

export type OlsResult = {
  n: number
  k: number
  /** residual degrees of freedom: n − k − absorbed */
  df: number
  /** degrees of freedom for intervals: df, or clusters − 1 with cluster-robust errors */
  inferenceDf: number
  errors: "hc1" | "cluster"
  coef: Float64Array
  /** robust standard errors: HC1 (White 1980 with the n / (n − k) factor), or cluster-robust CR1 when clusters are given */
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
 * With `clusters` (a group index 0..G−1 per row) the meat is Σ_g s_g s_g' with s_g = Σ_{i∈g} eᵢxᵢ and the factor
 * G/(G−1) · (n−1)/(n−k) — Stata's xtreg, fe vce(cluster): fixed effects nested in the clusters do not count in k —
 * and intervals use G − 1 degrees of freedom (Cameron & Miller 2015, "A Practitioner's Guide to Cluster-Robust
 * Inference", §II.C and §VI).
 */
export function ols(
  X: Float64Array,
  y: ArrayLike<number>,
  n: number,
  k: number,
  opts: { absorbed?: number; centered?: boolean; clusters?: Int32Array } = {}
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
  const clusters = opts.clusters
  let G = 0
  if (clusters) for (let i = 0; i < n; i++) if (clusters[i] + 1 > G) G = clusters[i] + 1
  const scores = clusters ? new Float64Array(G * k) : null
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
    if (scores) {
      const g = clusters![i] * k
      for (let a = 0; a < k; a++) scores[g + a] += e * X[o + a]
    } else {
      for (let a = 0; a < k; a++) {
        const w = e2 * X[o + a]
        for (let b = a; b < k; b++) meat[a * k + b] += w * X[o + b]
      }
    }
  }
  if (scores) {
    if (G < 2) return null
    for (let g = 0; g < G; g++) {
      const o = g * k
      for (let a = 0; a < k; a++) for (let b = a; b < k; b++) meat[a * k + b] += scores[o + a] * scores[o + b]
    }
  }
  for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) meat[a * k + b] = meat[b * k + a]
  const M = new Matrix(k, k)
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) M.set(a, b, meat[a * k + b])
  const V = inv.mmul(M).mmul(inv)
  const scale = scores ? (G / (G - 1)) * ((n - 1) / (n - k)) : n / df
  const vcov = new Float64Array(k * k)
  const se = new Float64Array(k)
  const seClassic = new Float64Array(k)
  const sigma2 = rss / df
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) vcov[a * k + b] = V.get(a, b) * scale
    se[a] = Math.sqrt(Math.max(0, vcov[a * k + a]))
    seClassic[a] = Math.sqrt(sigma2 * inv.get(a, a))
  }
  return { n, k, df, inferenceDf: scores ? G - 1 : df, errors: scores ? "cluster" : "hc1", coef, se, seClassic, vcov, rss, r2: tss > 0 ? 1 - rss / tss : NaN }
}
