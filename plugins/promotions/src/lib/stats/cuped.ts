import { checkAlpha, type DiffResult, type TestOptions } from "./diff-result"
import { covarianceXY, meanVarX, meanVarY, type Moments } from "./moments"
import { welchFromSummary } from "./welch"

export type CupedResult = DiffResult & {
  /** the regression coefficient of y on the pre-period covariate x */
  theta: number
  /** 1 − (adjusted variance / raw variance), pooled over the arms: the share of variance CUPED removed */
  varianceReduction: number
  /** the unadjusted difference of means, for reference */
  rawDiff: number
}

/**
 * CUPED (Deng, Xu, Kohavi & Walker 2013, "Improving the sensitivity of online controlled experiments by
 * utilizing pre-experiment data", WSDM): y_cv = y − θ (x − x̄) with x the same metric in a pre-period.
 * θ = Σ_arms S_xy / Σ_arms S_xx, the within-arm covariances pooled across arms, so θ is not moved by the
 * treatment effect itself; with this θ the adjusted difference equals the treatment coefficient of the
 * ANCOVA regression y ~ 1 + treatment + x. The interval is Welch's on the adjusted values (variance
 * v_y − 2θ c_xy + θ² v_x per arm, Welch–Satterthwaite df); θ's own sampling error is O(1/n) and ignored, as in
 * the paper. A constant covariate (θ undefined) falls back to θ = 0, the plain Welch test.
 */
export function cupedTest(treatment: Moments, control: Moments, options: TestOptions = {}): CupedResult {
  const alpha = checkAlpha(options.alpha)
  const yT = meanVarY(treatment)
  const yC = meanVarY(control)
  const xT = meanVarX(treatment)
  const xC = meanVarX(control)
  const cT = covarianceXY(treatment)
  const cC = covarianceXY(control)
  const sxx = xT.variance * (treatment.n - 1) + xC.variance * (control.n - 1)
  const sxy = cT * (treatment.n - 1) + cC * (control.n - 1)
  const theta = sxx > 0 && Number.isFinite(sxy) ? sxy / sxx : 0
  const xAll = (treatment.sumX + control.sumX) / (treatment.n + control.n)
  const adjVar = (vy: number, cxy: number, vx: number) =>
    theta === 0 ? vy : Math.max(0, vy - 2 * theta * cxy + theta * theta * vx)
  const vT = adjVar(yT.variance, cT, xT.variance)
  const vC = adjVar(yC.variance, cC, xC.variance)
  const base = welchFromSummary(
    { n: treatment.n, mean: yT.mean - theta * (xT.mean - xAll), variance: vT },
    { n: control.n, mean: yC.mean - theta * (xC.mean - xAll), variance: vC },
    { alpha, estimator: "cuped" }
  )
  const rawPooled = yT.variance * (treatment.n - 1) + yC.variance * (control.n - 1)
  const adjPooled = vT * (treatment.n - 1) + vC * (control.n - 1)
  return {
    ...base,
    // the relative lift is against the raw control mean (the adjusted one depends on the pooled x̄)
    relative: yC.mean !== 0 ? base.diff / yC.mean : NaN,
    theta,
    varianceReduction: rawPooled > 0 ? 1 - adjPooled / rawPooled : 0,
    rawDiff: yT.mean - yC.mean,
  }
}
