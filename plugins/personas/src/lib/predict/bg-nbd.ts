import { nelderMead } from "../math/nelder-mead"
import { hyp2f1, logAddExp, logBeta, logGamma } from "../math/special-functions"

/**
 * BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive a customer buys
 * as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop out with probability
 * p ~ Beta(a, b). Times are in whatever unit the caller uses (days here; weeks in the CDNOW paper).
 */
export type BgNbdParams = { r: number; alpha: number; a: number; b: number }

/** One customer's summary: x repeat purchases, the last at t_x after the first, observed for T since the first. */
export type RepeatSummary = { x: number; tx: number; T: number }

/** Summaries as columns, for fitting on many customers. */
export type RepeatColumns = { x: Float64Array; tx: Float64Array; T: Float64Array }

/**
 * Total log-likelihood (eq. 6 of the paper). Terms that depend only on x are computed once per distinct x,
 * which is what makes a fit over 100,000 customers cheap: per customer only two logarithms remain.
 */
export function bgNbdLogLikelihood(p: BgNbdParams, data: RepeatColumns): number {
  const { r, alpha, a, b } = p
  if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return -Infinity
  const byX = new Map<number, [number, number, number]>()
  const lbAB = logBeta(a, b)
  const lgR = logGamma(r)
  let ll = 0
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]
    let terms = byX.get(x)
    if (!terms) {
      terms = [
        logGamma(r + x) - lgR + r * Math.log(alpha),
        logBeta(a, b + x) - lbAB,
        x > 0 ? logBeta(a + 1, b + x - 1) - lbAB : -Infinity,
      ]
      byX.set(x, terms)
    }
    const a1 = terms[1] - (r + x) * Math.log(alpha + data.T[i])
    const a2 = x > 0 ? terms[2] - (r + x) * Math.log(alpha + data.tx[i]) : -Infinity
    ll += terms[0] + logAddExp(a1, a2)
  }
  return ll
}

/**
 * Maximum-likelihood fit by Nelder-Mead on log-parameters, from a few starting points (the surface is
 * flat in b when dropout is rare). Log-parameters are clamped to ±12 so a degenerate store (nobody ever
 * drops out) ends at a large finite b instead of running off to infinity.
 */
export function fitBgNbd(data: RepeatColumns): BgNbdParams {
  if (data.x.length === 0) throw new RangeError("BG/NBD needs at least one customer")
  let meanT = 0
  for (let i = 0; i < data.T.length; i++) meanT += data.T[i] / data.T.length
  const LIMIT = 12
  const toParams = (v: number[]): BgNbdParams => {
    const [r, alpha, a, b] = v.map((u) => Math.exp(Math.max(-LIMIT, Math.min(LIMIT, u))))
    return { r, alpha, a, b }
  }
  const objective = (v: number[]) => -bgNbdLogLikelihood(toParams(v), data)
  let best: { x: number[]; value: number } | null = null
  for (const start of [
    [0, Math.log(Math.max(1, meanT / 10)), 0, 0],
    [Math.log(0.25), Math.log(Math.max(1, meanT / 2)), Math.log(0.8), Math.log(2.5)],
  ]) {
    const fit = nelderMead(objective, start, { step: 1, maxIterations: 800, tolerance: 1e-10 })
    const polished = nelderMead(objective, fit.x, { step: 0.1, maxIterations: 800, tolerance: 1e-12 })
    if (!best || polished.value < best.value) best = polished
  }
  return toParams(best!.x)
}

/** P(alive at T | history) (eq. 13). */
export function bgNbdProbabilityAlive(p: BgNbdParams, s: RepeatSummary): number {
  if (s.x === 0) return 1
  const { r, alpha, a, b } = p
  const logRatio = Math.log(a / (b + s.x - 1)) + (r + s.x) * Math.log((alpha + s.T) / (alpha + s.tx))
  return 1 / (1 + Math.exp(logRatio))
}

/**
 * P(at least one purchase in (T, T + t] | history). Alive customers keep rate λ ~ Gamma(r + x, α + T) and
 * cannot drop out without buying, so P = P(alive) · (1 − ((α + T) / (α + T + t))^(r + x)).
 */
export function bgNbdProbabilityBuy(p: BgNbdParams, s: RepeatSummary, t: number): number {
  const alive = bgNbdProbabilityAlive(p, s)
  return alive * (1 - Math.pow((p.alpha + s.T) / (p.alpha + s.T + t), p.r + s.x))
}

/**
 * E[purchases in (T, T + t] | history] (eq. 10 of the paper). Valid for a < 1 too (both factors change
 * sign); at a = 1 exactly the expression is 0/0, so it is evaluated just either side and averaged.
 */
export function bgNbdExpectedPurchases(p: BgNbdParams, s: RepeatSummary, t: number): number {
  if (Math.abs(p.a - 1) < 1e-7) {
    return (expectedPurchases({ ...p, a: 1 - 1e-7 }, s, t) + expectedPurchases({ ...p, a: 1 + 1e-7 }, s, t)) / 2
  }
  return expectedPurchases(p, s, t)
}

function expectedPurchases(p: BgNbdParams, s: RepeatSummary, t: number): number {
  const { r, alpha, a, b } = p
  const { x, tx, T } = s
  const z = t / (alpha + T + t)
  const hyp = hyp2f1(r + x, b + x, a + b + x - 1, z)
  const num = ((a + b + x - 1) / (a - 1)) * (1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp)
  const den = x > 0 ? 1 + (a / (b + x - 1)) * Math.pow((alpha + T) / (alpha + tx), r + x) : 1
  return num / den
}
