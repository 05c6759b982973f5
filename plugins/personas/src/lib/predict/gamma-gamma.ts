import { nelderMead } from "../math/nelder-mead"
import { logGamma } from "../math/special-functions"

/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"): a customer's transaction values are
 * Gamma(p, ν) with ν ~ Gamma(q, γ) across customers. Fitted on customers with at least one repeat purchase,
 * from the count x and mean value m of their repeat transactions.
 */
export type GammaGammaParams = { p: number; q: number; gamma: number }

export type SpendColumns = { x: Float64Array; meanValue: Float64Array }

export function gammaGammaLogLikelihood(par: GammaGammaParams, data: SpendColumns): number {
  const { p, q, gamma } = par
  if (!(p > 0 && q > 0 && gamma > 0)) return -Infinity
  let ll = 0
  const lgQ = logGamma(q)
  const qLogG = q * Math.log(gamma)
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i]
    const m = data.meanValue[i]
    if (!(x > 0 && m > 0)) continue
    ll +=
      logGamma(p * x + q) - logGamma(p * x) - lgQ + qLogG + (p * x - 1) * Math.log(m) + p * x * Math.log(x) -
      (p * x + q) * Math.log(gamma + m * x)
  }
  return ll
}

/** Maximum likelihood by Nelder-Mead on log-parameters (clamped to ±12, as for BG/NBD). */
export function fitGammaGamma(data: SpendColumns): GammaGammaParams {
  let n = 0
  let mean = 0
  for (let i = 0; i < data.x.length; i++) {
    if (data.x[i] > 0 && data.meanValue[i] > 0) {
      n++
      mean += data.meanValue[i]
    }
  }
  if (n < 2) throw new RangeError("Gamma-Gamma needs at least two customers with repeat purchases")
  mean /= n
  const toParams = (v: number[]): GammaGammaParams => {
    const [p, q, gamma] = v.map((u) => Math.exp(Math.max(-12, Math.min(12, u))))
    return { p, q, gamma }
  }
  const objective = (v: number[]) => -gammaGammaLogLikelihood(toParams(v), data)
  const fit = nelderMead(objective, [Math.log(2), Math.log(3), Math.log(mean)], { step: 1, maxIterations: 800, tolerance: 1e-10 })
  const polished = nelderMead(objective, fit.x, { step: 0.1, maxIterations: 800, tolerance: 1e-12 })
  return toParams(polished.x)
}

/**
 * E[value of a transaction | x repeat transactions averaging m]: a weighted mean of the population mean
 * pγ/(q − 1) and the customer's own mean (eq. 5). With x = 0 it is the population mean.
 */
export function gammaGammaExpectedValue(par: GammaGammaParams, x: number, meanValue: number): number {
  const { p, q, gamma } = par
  if (q <= 1) return x > 0 ? meanValue : NaN
  if (!(x > 0)) return (p * gamma) / (q - 1)
  return (p * (gamma + x * meanValue)) / (p * x + q - 1)
}
