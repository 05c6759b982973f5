/** The result shape shared by every two-arm comparison (treatment minus control). */
export type DiffResult = {
  /** welch | cuped | two_proportion | delta_ratio | stratified */
  estimator: string
  nTreatment: number
  nControl: number
  meanTreatment: number
  meanControl: number
  /** treatment − control (for CUPED: of the adjusted means) */
  diff: number
  /** diff / meanControl, NaN when the control mean is 0 */
  relative: number
  se: number
  /** degrees of freedom of the reference t distribution; Infinity for a z test */
  df: number
  /** t or z */
  statistic: number
  /** two-sided p-value of diff = 0 */
  p: number
  alpha: number
  ciLow: number
  ciHigh: number
}

export type TestOptions = {
  /** two-sided level; the interval is (1 − alpha) (default 0.05) */
  alpha?: number
}

export function checkAlpha(alpha: number | undefined): number {
  const a = alpha ?? 0.05
  if (!(a > 0 && a < 1)) throw new RangeError(`alpha must be in (0, 1), got ${a}`)
  return a
}
