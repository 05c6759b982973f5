import { logBeta, normalCdf } from "../math/distributions"
import type { Rng } from "../math/prng"

/**
 * P(treatment mean > control mean) under flat priors and the normal approximation of the difference's
 * posterior: N(diff, se²), so the probability is Φ(diff / se). For large arms this is the Bayesian reading of
 * the same Welch/CUPED estimate (GrowthBook's "chance to win" with an uninformative prior).
 */
export function probabilityBetterNormal(diff: number, se: number): number {
  if (!(se >= 0) || Number.isNaN(diff)) return NaN
  if (se === 0) return diff > 0 ? 1 : diff < 0 ? 0 : 0.5
  return normalCdf(diff / se)
}

export type BetaPrior = { a: number; b: number }

/**
 * P(p_T > p_C) for conversion rates with Beta(a, b) priors (default the uniform Beta(1, 1)) and binomial
 * data, exactly: posteriors Beta(αT, βT), Beta(αC, βC) and, for integer αT (Evan Miller 2015, "Formulas for
 * Bayesian A/B testing", after Cook 2005),
 *   P(p_T > p_C) = Σ_{i=0}^{αT−1} B(αC + i, βC + βT) / ((βT + i) B(1 + i, βT) B(αC, βC)).
 * The sum runs over the arm with the smaller α (1 − the mirrored sum otherwise), so its cost is
 * min(successes) + prior terms; the terms are summed in log space. Needs integer prior α (the usual 1).
 */
export function probabilityBetterBeta(
  treatment: { successes: number; n: number },
  control: { successes: number; n: number },
  prior: BetaPrior = { a: 1, b: 1 }
): number {
  if (!Number.isInteger(prior.a) || prior.a < 1 || !(prior.b > 0)) {
    throw new RangeError("probabilityBetterBeta needs an integer prior a >= 1 and b > 0")
  }
  const aT = treatment.successes + prior.a
  const bT = treatment.n - treatment.successes + prior.b
  const aC = control.successes + prior.a
  const bC = control.n - control.successes + prior.b
  if (aT <= aC) return sumMiller(aT, bT, aC, bC)
  return 1 - sumMiller(aC, bC, aT, bT)
}

/** P(X > Y) for X ~ Beta(aX, bX) with integer aX, Y ~ Beta(aY, bY) (the Miller sum). */
function sumMiller(aX: number, bX: number, aY: number, bY: number): number {
  const lbY = logBeta(aY, bY)
  let total = 0
  for (let i = 0; i < aX; i++) {
    const logTerm = logBeta(aY + i, bY + bX) - Math.log(bX + i) - logBeta(1 + i, bX) - lbY
    total += Math.exp(logTerm)
  }
  return Math.min(1, Math.max(0, total))
}

/**
 * The same probability by a seeded Monte Carlo over the two Beta posteriors, with its standard error
 * sqrt(p(1 − p)/draws): the check of the exact sum, and the route for non-integer priors. Beta draws as
 * ratios of Gamma draws (Marsaglia & Tsang 2000, "A simple method for generating gamma variables").
 */
export function probabilityBetterBetaMonteCarlo(
  treatment: { successes: number; n: number },
  control: { successes: number; n: number },
  rng: Rng,
  draws = 100_000,
  prior: BetaPrior = { a: 1, b: 1 }
): { probability: number; standardError: number } {
  const aT = treatment.successes + prior.a
  const bT = treatment.n - treatment.successes + prior.b
  const aC = control.successes + prior.a
  const bC = control.n - control.successes + prior.b
  let wins = 0
  for (let k = 0; k < draws; k++) {
    const x = betaDraw(aT, bT, rng)
    const y = betaDraw(aC, bC, rng)
    if (x > y) wins++
  }
  const p = wins / draws
  return { probability: p, standardError: Math.sqrt((p * (1 - p)) / draws) }
}

function gammaDraw(shape: number, rng: Rng): number {
  if (shape < 1) {
    // Marsaglia & Tsang §6: Gamma(a) = Gamma(a + 1) · U^(1/a)
    let u = 0
    while (u === 0) u = rng.next()
    return gammaDraw(shape + 1, rng) * Math.pow(u, 1 / shape)
  }
  const d = shape - 1 / 3
  const c = 1 / Math.sqrt(9 * d)
  for (;;) {
    let x: number
    let v: number
    do {
      x = rng.normal()
      v = 1 + c * x
    } while (v <= 0)
    v = v * v * v
    const u = rng.next()
    if (u < 1 - 0.0331 * x ** 4) return d * v
    if (u > 0 && Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v
  }
}

export function betaDraw(a: number, b: number, rng: Rng): number {
  const x = gammaDraw(a, rng)
  const y = gammaDraw(b, rng)
  return x / (x + y)
}
