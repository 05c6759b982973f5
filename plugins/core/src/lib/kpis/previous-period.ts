/** A half-open time range [from, to) in epoch ms. */
export type Period = { from: number; to: number }

export type Comparison = {
  current: number
  previous: number
  /** (current - previous) / |previous|; null when the previous value is 0 (no meaningful base). */
  change: number | null
}

/** The period of the same length that ends just before `period.from`. */
export function previousPeriod(period: Period): Period {
  if (!Number.isFinite(period.from) || !Number.isFinite(period.to)) throw new RangeError("period bounds must be finite")
  const length = period.to - period.from
  if (length <= 0) throw new RangeError(`period must have a positive length, got [${period.from}, ${period.to})`)
  return { from: period.from - length, to: period.from }
}

/** Relative change from `base` to `current` as a ratio (0.25 = +25 %); null when `base` is 0. */
export function relativeChange(current: number, base: number): number | null {
  if (base === 0) return null
  return (current - base) / Math.abs(base)
}

export function compareWithPrevious(current: number, previous: number): Comparison {
  return { current, previous, change: relativeChange(current, previous) }
}
