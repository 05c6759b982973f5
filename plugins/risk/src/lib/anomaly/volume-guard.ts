/**
 * Whether a day's order count is itself evidence of an anomaly, given how many orders were expected: a shop expecting
 * 4 orders gets none on about one day in fifty (Poisson P(X = 0 | λ = 4) = 0.018), so a zero-GMV day there is noise,
 * while the same drop at 40 expected orders is not. The log-scale baselines cannot tell the two apart at low volume.
 */

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf, |error| < 1.5·10⁻⁷). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x)
  return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf)
}

/**
 * P(X ≤ k) for X ~ Poisson(λ): the exact sum by the term recurrence p_i = p_{i−1}·λ/i for λ ≤ 200 (e^−200 is still a
 * normal double); above, the Wilson–Hilferty cube-root approximation of the equivalent chi-square tail,
 * P(X ≤ k) = P(χ²_{2(k+1)} > 2λ) (Johnson, Kemp & Kotz, Univariate Discrete Distributions, §4.5), accurate to about
 * 10⁻⁴ at these sizes.
 */
export function poissonCdf(k: number, lambda: number): number {
  if (k < 0) return 0
  if (!(lambda > 0)) return 1
  const n = Math.floor(k)
  if (lambda > 200) {
    const c = n + 1
    const z = (Math.cbrt(lambda / c) - (1 - 1 / (9 * c))) / Math.sqrt(1 / (9 * c))
    return 1 - normalCdf(z)
  }
  let term = Math.exp(-lambda)
  let sum = term
  for (let i = 1; i <= n; i++) {
    term *= lambda / i
    sum += term
    if (term < 1e-17 * sum && i > lambda) break
  }
  return Math.min(1, sum)
}

/**
 * True when observing `observed` orders against `expected` is unlikely enough (one-sided p below `alpha`) in the
 * anomaly's direction to trust a money or count anomaly of that day. Unknown expectations are trusted.
 */
export function countSupportsAnomaly(direction: "up" | "down", observed: number, expected: number, alpha = 1e-3): boolean {
  if (!Number.isFinite(observed) || !Number.isFinite(expected) || expected <= 0) return true
  const p = direction === "down" ? poissonCdf(Math.round(observed), expected) : 1 - poissonCdf(Math.round(observed) - 1, expected)
  return p < alpha
}
