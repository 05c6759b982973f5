import { chiSquareSf } from "../math/distributions"

export type SrmResult = {
  observed: number[]
  expected: number[]
  chiSquare: number
  df: number
  p: number
  /** p below the threshold: the split is broken and the experiment's numbers should not be trusted */
  mismatch: boolean
}

/**
 * Sample-ratio-mismatch check: Pearson's χ² goodness of fit of the arm counts to the designed shares
 * (Fabijan et al. 2019, "Diagnosing sample ratio mismatch in online controlled experiments", KDD). A strict
 * threshold (default p < 0.001) because the check runs on every experiment and a false alarm stops a good one.
 */
export function sampleRatioMismatch(counts: number[], shares: number[], threshold = 0.001): SrmResult {
  if (counts.length !== shares.length || counts.length < 2) throw new RangeError("counts and shares need the same length >= 2")
  const totalShare = shares.reduce((s, v) => s + v, 0)
  if (!(totalShare > 0) || shares.some((s) => !(s > 0))) throw new RangeError("shares must be positive")
  const n = counts.reduce((s, v) => s + v, 0)
  const expected = shares.map((s) => (n * s) / totalShare)
  let chi = 0
  for (let i = 0; i < counts.length; i++) chi += (counts[i] - expected[i]) ** 2 / expected[i]
  const df = counts.length - 1
  const p = n > 0 ? chiSquareSf(chi, df) : 1
  return { observed: counts.slice(), expected, chiSquare: chi, df, p, mismatch: p < threshold }
}
