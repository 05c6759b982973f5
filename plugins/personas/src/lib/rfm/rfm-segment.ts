import type { RfmScores } from "./rfm-score"

export const RFM_SEGMENTS = [
  "Champions",
  "Loyal",
  "Potential loyalist",
  "New",
  "Promising",
  "Need attention",
  "About to sleep",
  "At risk",
  "Can't lose them",
  "Hibernating",
  "Lost",
] as const
export type RfmSegment = (typeof RFM_SEGMENTS)[number]

/**
 * The R-versus-FM grid, written down once. Rows are FM = 5 (top) .. 1 (bottom), columns R = 1 .. 5.
 * It follows the widely used segment definitions (Champions: recent and frequent big spenders; Can't lose
 * them: used to buy often and a lot, long gone; New: very recent but low FM; Lost: long gone, low FM; ...),
 * resolving their overlaps so every cell has exactly one name.
 */
const GRID: Record<number, [RfmSegment, RfmSegment, RfmSegment, RfmSegment, RfmSegment]> = {
  //     R=1                R=2                R=3                 R=4                   R=5
  5: ["Can't lose them", "Can't lose them", "Loyal",            "Champions",          "Champions"],
  4: ["At risk",         "At risk",         "Loyal",            "Loyal",              "Champions"],
  3: ["At risk",         "At risk",         "Need attention",   "Potential loyalist", "Potential loyalist"],
  2: ["Hibernating",     "Hibernating",     "About to sleep",   "Potential loyalist", "Potential loyalist"],
  1: ["Lost",            "Hibernating",     "About to sleep",   "Promising",          "New"],
}

/** FM is the mean of F and M rounded half up, so (F, M) = (1, 2) counts as FM 2. */
export function fmScore(f: number, m: number): number {
  return Math.floor((f + m) / 2 + 0.5)
}

export function rfmSegment(scores: RfmScores): RfmSegment {
  const fm = fmScore(scores.f, scores.m)
  const row = GRID[fm]
  if (!row || scores.r < 1 || scores.r > 5) throw new RangeError(`RFM scores out of range: ${JSON.stringify(scores)}`)
  return row[scores.r - 1]
}
