import jstatModule from "jstat"

/**
 * Distribution functions, from jStat (Student t and Beta through its regularised incomplete beta, normal
 * through erf, χ² through the regularised gamma). Checked against published tables in the tests. Kept
 * behind these names so the rest of the plugin never touches jStat's shape.
 */
const J: JStat = (jstatModule as unknown as { jStat?: JStat }).jStat ?? (jstatModule as unknown as JStat)

type JStat = {
  normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number }
  studentt: { cdf(x: number, dof: number): number; inv(p: number, dof: number): number }
  chisquare: { cdf(x: number, dof: number): number }
  beta: { cdf(x: number, a: number, b: number): number; pdf(x: number, a: number, b: number): number }
  betaln(a: number, b: number): number
  gammaln(x: number): number
}

export function normalCdf(z: number): number {
  return J.normal.cdf(z, 0, 1)
}

/** P(Z > z) for a standard normal, accurate in the far tail (no 1 − cdf cancellation). */
export function normalSf(z: number): number {
  return J.normal.cdf(-z, 0, 1)
}

export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`)
  return J.normal.inv(p, 0, 1)
}

/** Student t CDF; an infinite or enormous df is the normal. */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`studentTCdf needs df > 0, got ${df}`)
  if (df > 1e7) return normalCdf(t)
  return J.studentt.cdf(t, df)
}

export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile needs 0 < p < 1, got ${p}`)
  if (!(df > 0)) throw new RangeError(`studentTQuantile needs df > 0, got ${df}`)
  if (df > 1e7) return normalQuantile(p)
  return J.studentt.inv(p, df)
}

/** Two-sided p-value of a t statistic. */
export function twoSidedTP(t: number, df: number): number {
  if (Number.isNaN(t)) return NaN
  return Math.min(1, 2 * studentTCdf(-Math.abs(t), df))
}

/** Two-sided p-value of a z statistic. */
export function twoSidedZP(z: number): number {
  if (Number.isNaN(z)) return NaN
  return Math.min(1, 2 * normalSf(Math.abs(z)))
}

/** P(χ²_df > x). */
export function chiSquareSf(x: number, df: number): number {
  if (x <= 0) return 1
  return Math.max(0, 1 - J.chisquare.cdf(x, df))
}

export function betaCdf(x: number, a: number, b: number): number {
  return J.beta.cdf(x, a, b)
}

export function betaPdf(x: number, a: number, b: number): number {
  return J.beta.pdf(x, a, b)
}

export function logBeta(a: number, b: number): number {
  return J.betaln(a, b)
}
