import { coefficientOfVariation } from "../math/stats"

/**
 * ABC × XYZ classification.
 * ABC (Pareto on value): items sorted by revenue (or margin), A up to `a` of the cumulative total (default 80 %),
 * B up to `b` (95 %), C the rest; an item is classed by the cumulative share *before* it, so the top item is
 * always A. XYZ (variability of demand): coefficient of variation of per-period units, X ≤ 0.5, Y ≤ 1.0, Z above
 * (the common cuts, e.g. Scholz-Reiter et al. 2012, and Syntetos et al.'s use of CV for demand classes); an item
 * with no demand is Z. Money is integer minor units.
 */
export type AbcXyzItem = {
  id: string
  revenueMinor: number
  marginMinor?: number
  /** units per period over the analysis window (weeks or months) */
  demand: ArrayLike<number>
}

export type AbcXyzOptions = { by?: "revenue" | "margin"; a?: number; b?: number; x?: number; y?: number }

export type AbcClass = "A" | "B" | "C"
export type XyzClass = "X" | "Y" | "Z"

export type AbcXyzResult = {
  id: string
  abc: AbcClass
  xyz: XyzClass
  /** share of the total value, and the cumulative share up to and including the item */
  share: number
  cumulativeShare: number
  cv: number
  rank: number
}

export function classifyAbcXyz(items: AbcXyzItem[], options: AbcXyzOptions = {}): AbcXyzResult[] {
  const { by = "revenue", a = 0.8, b = 0.95, x = 0.5, y = 1.0 } = options
  const value = (it: AbcXyzItem) => Math.max(0, by === "margin" ? (it.marginMinor ?? 0) : it.revenueMinor)
  const total = items.reduce((s, it) => s + value(it), 0)
  const order = items.map((_, i) => i).sort((i, j) => value(items[j]) - value(items[i]) || items[i].id.localeCompare(items[j].id))
  const out = new Array<AbcXyzResult>(items.length)
  let cum = 0
  order.forEach((i, rank) => {
    const it = items[i]
    const share = total > 0 ? value(it) / total : 0
    const before = cum
    cum += share
    const abc: AbcClass = total > 0 && value(it) > 0 ? (before < a ? "A" : before < b ? "B" : "C") : "C"
    const cv = coefficientOfVariation(it.demand)
    const xyz: XyzClass = !Number.isFinite(cv) ? "Z" : cv <= x ? "X" : cv <= y ? "Y" : "Z"
    out[i] = { id: it.id, abc, xyz, share, cumulativeShare: cum, cv, rank: rank + 1 }
  })
  return out
}

/** Counts per cell of the 3 × 3 matrix, e.g. matrix.A.X. */
export function abcXyzMatrix(results: AbcXyzResult[]): Record<AbcClass, Record<XyzClass, number>> {
  const m = { A: { X: 0, Y: 0, Z: 0 }, B: { X: 0, Y: 0, Z: 0 }, C: { X: 0, Y: 0, Z: 0 } }
  for (const r of results) m[r.abc][r.xyz]++
  return m
}
