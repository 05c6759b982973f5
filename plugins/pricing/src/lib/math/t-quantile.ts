import { jStat } from "jstat"

/** Two-sided critical value of Student's t for a confidence level (0.95 → 2.571 at 5 df), normal above 10^6 df. */
export function tCritical(level: number, df: number): number {
  const p = 1 - (1 - level) / 2
  if (!(df > 0)) return NaN
  if (df > 1e6) return jStat.normal.inv(p, 0, 1)
  return jStat.studentt.inv(p, df)
}
