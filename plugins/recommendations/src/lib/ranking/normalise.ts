import { ScoredItem } from "../util/top-k"

/**
 * Puts scores of different models on one scale before they are blended: a confidence (0..1), an EASE weight
 * (unbounded) and a decayed count (hundreds) cannot be added as they are.
 * - "max": divide by the best score (keeps ratios; the usual choice for non-negative scores);
 * - "minmax": (s − min) / (max − min);
 * - "rank": 1 / (1 + rank), robust to outliers (a reciprocal-rank style fusion).
 * Non-positive results are kept (a caller may drop them); a constant list maps to all ones.
 */
export type Normalisation = "max" | "minmax" | "rank"

export function normaliseScores(list: readonly ScoredItem[], method: Normalisation = "max"): ScoredItem[] {
  if (list.length === 0) return []
  if (method === "rank") {
    const sorted = [...list].sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
    return sorted.map((x, r) => ({ itemId: x.itemId, score: 1 / (1 + r) }))
  }
  let max = -Infinity
  let min = Infinity
  for (const x of list) {
    if (x.score > max) max = x.score
    if (x.score < min) min = x.score
  }
  if (method === "max") return list.map((x) => ({ itemId: x.itemId, score: max > 0 ? x.score / max : 1 }))
  const range = max - min
  return list.map((x) => ({ itemId: x.itemId, score: range > 0 ? (x.score - min) / range : 1 }))
}
