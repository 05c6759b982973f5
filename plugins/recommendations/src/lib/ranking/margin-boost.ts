import { ScoredItem } from "../util/top-k"

/** Price and unit cost in integer minor units (cents), as Medusa stores them. */
export type ItemEconomics = { priceMinor: number; costMinor: number }

/**
 * Margin rate (price − cost) / price, clamped to 0..1; undefined when the price or cost is unknown or the price is 0.
 * Computed from integers; the only division happens here.
 */
export function marginRate(e: ItemEconomics | undefined): number | undefined {
  if (!e || !Number.isInteger(e.priceMinor) || !Number.isInteger(e.costMinor) || e.priceMinor <= 0) return undefined
  return Math.min(1, Math.max(0, (e.priceMinor - e.costMinor) / e.priceMinor))
}

/**
 * Margin-aware boost: score · (1 + strength · (margin rate − reference)), re-sorted. Relevance still dominates (a
 * strength of 0.2 moves a 60 %-margin item ahead of a 20 %-margin one only when their scores are within ~8 %).
 * Items with unknown margin are treated as at the reference rate (neither boosted nor penalised).
 */
export function marginBoost<T extends ScoredItem>(
  list: readonly T[],
  economicsOf: (itemId: string) => ItemEconomics | undefined,
  options: { strength?: number; referenceRate?: number } = {}
): T[] {
  const strength = options.strength ?? 0.2
  const reference = options.referenceRate ?? 0.3
  return list
    .map((x) => {
      const m = marginRate(economicsOf(x.itemId)) ?? reference
      return { ...x, score: x.score * (1 + strength * (m - reference)) }
    })
    .sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
}
