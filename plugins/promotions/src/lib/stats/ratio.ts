import { normalQuantile, twoSidedZP } from "../math/distributions"
import { checkAlpha, type DiffResult, type TestOptions } from "./diff-result"
import { covarianceXY, meanVarX, meanVarY, type Moments } from "./moments"

/**
 * A ratio metric such as average order value (Σ GMV / Σ orders over the customers of an arm), whose unit of
 * randomisation (the customer) is not its unit of analysis (the order). Variance by the delta method
 * (Deng, Knoblich & Lu 2018, "Applying the delta method in metric analytics", KDD, eq. 2):
 *   Var(Ȳ/X̄) ≈ (1/n) (σ_Y² / μ_X² − 2 μ_Y σ_XY / μ_X³ + μ_Y² σ_X² / μ_X⁴).
 * Moments carry the numerator as y and the denominator as x. A z interval (the arms are large).
 */
export function ratioDiffTest(treatment: Moments, control: Moments, options: TestOptions = {}): DiffResult {
  const alpha = checkAlpha(options.alpha)
  const arm = (m: Moments) => {
    const y = meanVarY(m)
    const x = meanVarX(m)
    const c = covarianceXY(m)
    const r = y.mean / x.mean
    const v = (y.variance / x.mean ** 2 - (2 * y.mean * c) / x.mean ** 3 + (y.mean ** 2 * x.variance) / x.mean ** 4) / m.n
    return { r, v: Math.max(0, v) }
  }
  const t = arm(treatment)
  const c = arm(control)
  const diff = t.r - c.r
  const se = Math.sqrt(t.v + c.v)
  const statistic = se > 0 ? diff / se : NaN
  const half = normalQuantile(1 - alpha / 2) * se
  return {
    estimator: "delta_ratio",
    nTreatment: treatment.n,
    nControl: control.n,
    meanTreatment: t.r,
    meanControl: c.r,
    diff,
    relative: c.r !== 0 ? diff / c.r : NaN,
    se,
    df: Infinity,
    statistic,
    p: Number.isFinite(statistic) ? twoSidedZP(statistic) : NaN,
    alpha,
    ciLow: diff - half,
    ciHigh: diff + half,
  }
}
