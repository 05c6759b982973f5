import { normalQuantile, twoSidedZP } from "../math/distributions"
import { checkAlpha, type DiffResult, type TestOptions } from "./diff-result"

/**
 * Two-proportion z test (pooled standard error under H0: pT = pC) and the Wald interval for pT − pC
 * (unpooled standard error), as in Agresti, Categorical Data Analysis (2nd ed. 2002), §1.4 and §2.2.3.
 * The squared z equals Pearson's χ² of the 2×2 table.
 */
export function twoProportionTest(
  treatment: { successes: number; n: number },
  control: { successes: number; n: number },
  options: TestOptions = {}
): DiffResult {
  const alpha = checkAlpha(options.alpha)
  for (const arm of [treatment, control]) {
    if (!(arm.n >= 0) || arm.successes < 0 || arm.successes > arm.n) {
      throw new RangeError(`successes must be in [0, n], got ${arm.successes} of ${arm.n}`)
    }
  }
  const pT = treatment.successes / treatment.n
  const pC = control.successes / control.n
  const diff = pT - pC
  const pooled = (treatment.successes + control.successes) / (treatment.n + control.n)
  const seH0 = Math.sqrt(pooled * (1 - pooled) * (1 / treatment.n + 1 / control.n))
  const se = Math.sqrt((pT * (1 - pT)) / treatment.n + (pC * (1 - pC)) / control.n)
  const statistic = seH0 > 0 ? diff / seH0 : diff === 0 ? 0 : NaN
  const p = seH0 > 0 ? twoSidedZP(statistic) : diff === 0 ? 1 : NaN
  const half = normalQuantile(1 - alpha / 2) * se
  return {
    estimator: "two_proportion",
    nTreatment: treatment.n,
    nControl: control.n,
    meanTreatment: pT,
    meanControl: pC,
    diff,
    relative: pC !== 0 ? diff / pC : NaN,
    se,
    df: Infinity,
    statistic,
    p,
    alpha,
    ciLow: diff - half,
    ciHigh: diff + half,
  }
}
