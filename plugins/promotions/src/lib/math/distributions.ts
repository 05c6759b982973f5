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

/**
 * erfc(x) with a relative error below 1.2e-7 everywhere (Numerical Recipes in C, 2nd ed., §6.2, erfcc: a
 * Chebyshev fit). Used for the far normal tail, where jStat's 0.5 (1 + erf(x)) has cancelled to 0 (x < −8.3).
 */
export function erfcTail(x: number): number {
  const z = Math.abs(x)
  const t = 1 / (1 + 0.5 * z)
  const ans =
    t *
    Math.exp(
      -z * z - 1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    )
  return x >= 0 ? ans : 2 - ans
}

/** P(Z > z) for a standard normal; beyond z = 5 from erfcTail, so far-tail probabilities keep their digits. */
export function normalSf(z: number): number {
  if (z > 5) return 0.5 * erfcTail(z / Math.SQRT2)
  return J.normal.cdf(-z, 0, 1)
}

/** z with P(Z > z) = q, accurate for tiny q (Newton steps on ln Φ̄ from jStat's start). */
export function normalUpperQuantile(q: number): number {
  if (!(q > 0 && q < 1)) throw new RangeError(`normalUpperQuantile needs 0 < q < 1, got ${q}`)
  let z = -J.normal.inv(q, 0, 1)
  if (q > 1e-12) return z
  for (let i = 0; i < 50; i++) {
    const sf = normalSf(z)
    const pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI)
    const step = (Math.log(sf) - Math.log(q)) / (pdf / sf)
    z += step
    if (Math.abs(step) < 1e-12 * Math.max(1, z)) break
  }
  return z
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
