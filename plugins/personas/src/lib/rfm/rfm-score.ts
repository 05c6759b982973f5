import { binAbove, breakpoints } from "../math/quantile"

/** Quintile breakpoints of recency (days), frequency (orders) and monetary (minor units), fitted on buyers. */
export type RfmModel = {
  recencyBreaks: number[]
  frequencyBreaks: number[]
  monetaryBreaks: number[]
}

export type RfmScores = { r: number; f: number; m: number }

const QUINTILES = [0.2, 0.4, 0.6, 0.8]

/**
 * Fits quintile breakpoints (type-7 quantiles) on the customers who bought. Scoring by value against stored
 * breakpoints, not by rank position, is what makes ties deterministic (equal values always share a score)
 * and lets one customer be re-scored incrementally between recomputes.
 */
export function fitRfm(
  recencyDays: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetaryMinor: ArrayLike<number>,
): RfmModel {
  if (recencyDays.length === 0) throw new RangeError("RFM needs at least one customer with an order")
  return {
    recencyBreaks: breakpoints(recencyDays, QUINTILES),
    frequencyBreaks: breakpoints(frequency, QUINTILES),
    monetaryBreaks: breakpoints(monetaryMinor, QUINTILES),
  }
}

/**
 * Scores 1-5. F and M: 1 + the number of breakpoints the value exceeds. R is reversed so the most recent
 * buyers get 5: 5 - the number of breakpoints the recency exceeds. A value equal to a breakpoint takes the
 * lower bin (for R: the more recent one).
 */
export function scoreRfm(recencyDays: number, frequency: number, monetaryMinor: number, model: RfmModel): RfmScores {
  return {
    r: 5 - binAbove(recencyDays, model.recencyBreaks),
    f: 1 + binAbove(frequency, model.frequencyBreaks),
    m: 1 + binAbove(monetaryMinor, model.monetaryBreaks),
  }
}
