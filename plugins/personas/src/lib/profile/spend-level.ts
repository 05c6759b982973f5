import { binAbove, breakpoints } from "../math/quantile"

/** Consumption level by spend percentile among the store's buying customers. */
export type SpendLevel = "none" | "low" | "mid" | "high" | "top"

/**
 * Breakpoints of total spend fitted on the population. Kept with the recompute so a single customer's level
 * can be updated incrementally against the same scale.
 */
export type SpendLevelModel = {
  /** Spend percentiles that separate the levels, ascending (default 50th, 80th, 95th). */
  probabilities: number[]
  /** The spend values at those percentiles, minor units. */
  breaks: number[]
}

const LEVELS: SpendLevel[] = ["low", "mid", "high", "top"]

/** Fits the breakpoints on the spend of customers who bought at least once (zero spend is left out). */
export function fitSpendLevels(
  monetaryMinor: ArrayLike<number>,
  probabilities: number[] = [0.5, 0.8, 0.95],
): SpendLevelModel {
  if (probabilities.length !== LEVELS.length - 1) throw new RangeError(`expected ${LEVELS.length - 1} probabilities`)
  const buying = Array.from(monetaryMinor).filter((m) => m > 0)
  return { probabilities, breaks: buying.length ? breakpoints(buying, probabilities) : probabilities.map(() => 0) }
}

/** low: below the 50th percentile; mid: up to the 80th; high: up to the 95th; top: above. */
export function spendLevel(monetaryMinor: number, model: SpendLevelModel): SpendLevel {
  if (!(monetaryMinor > 0)) return "none"
  return LEVELS[binAbove(monetaryMinor, model.breaks)]
}
