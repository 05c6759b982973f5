import { studentTQuantile, twoSidedTP } from "../math/distributions"
import { checkAlpha, type DiffResult, type TestOptions } from "./diff-result"
import { meanVarY, type Moments } from "./moments"

/**
 * Welch's unequal-variance t test and interval for a difference in means, from summary statistics.
 * Welch (1947), Biometrika 34:28–35; degrees of freedom by Welch–Satterthwaite:
 *   df = (vT/nT + vC/nC)² / ((vT/nT)²/(nT − 1) + (vC/nC)²/(nC − 1)).
 */
export function welchFromSummary(
  t: { n: number; mean: number; variance: number },
  c: { n: number; mean: number; variance: number },
  options: TestOptions & { estimator?: string } = {}
): DiffResult {
  const alpha = checkAlpha(options.alpha)
  const diff = t.mean - c.mean
  const a = t.variance / t.n
  const b = c.variance / c.n
  const se = Math.sqrt(a + b)
  let df = (a + b) ** 2 / ((a * a) / (t.n - 1) + (b * b) / (c.n - 1))
  let statistic = diff / se
  let p: number
  let half: number
  if (t.n < 2 || c.n < 2 || !Number.isFinite(se)) {
    df = NaN
    statistic = NaN
    p = NaN
    half = NaN
  } else if (se === 0) {
    // both arms constant: the difference is known exactly
    df = Infinity
    statistic = diff === 0 ? 0 : Math.sign(diff) * Infinity
    p = diff === 0 ? 1 : 0
    half = 0
  } else {
    if (!Number.isFinite(df)) df = Infinity
    p = twoSidedTP(statistic, df)
    half = studentTQuantile(1 - alpha / 2, df) * se
  }
  return {
    estimator: options.estimator ?? "welch",
    nTreatment: t.n,
    nControl: c.n,
    meanTreatment: t.mean,
    meanControl: c.mean,
    diff,
    relative: c.mean !== 0 ? diff / c.mean : NaN,
    se,
    df,
    statistic,
    p,
    alpha,
    ciLow: diff - half,
    ciHigh: diff + half,
  }
}

/** Welch's test on the y of two arms' moments. */
export function welchTest(treatment: Moments, control: Moments, options: TestOptions = {}): DiffResult {
  const t = meanVarY(treatment)
  const c = meanVarY(control)
  return welchFromSummary({ n: treatment.n, ...t }, { n: control.n, ...c }, options)
}

/** Welch's test on two samples of values. */
export function welchTestValues(treatment: ArrayLike<number>, control: ArrayLike<number>, options: TestOptions = {}): DiffResult {
  const summary = (v: ArrayLike<number>) => {
    let s = 0
    for (let i = 0; i < v.length; i++) s += v[i]
    const mean = s / v.length
    let ss = 0
    for (let i = 0; i < v.length; i++) ss += (v[i] - mean) ** 2
    return { n: v.length, mean, variance: v.length > 1 ? ss / (v.length - 1) : NaN }
  }
  return welchFromSummary(summary(treatment), summary(control), options)
}
