import { DAY_MS, type OrderTable } from "../orders/order-table"

/** A product view (or other browse signal) of one customer, for interest affinities. */
export type ViewFact = { time: number; categoryIds: readonly string[] }

export type AffinityOptions = {
  /** Weight halves every `halfLifeDays` of age, so last month's interests outrank last year's. */
  halfLifeDays: number
  /** Weight of one viewed category relative to one bought line (buying says more than looking). */
  viewWeight?: number
  /** How many categories to keep per customer. */
  top?: number
}

export type CategoryAffinity = { category: string; weight: number }

/**
 * Time-decayed category weights from a customer's order lines (rows a .. end - 1 of the table) and views,
 * normalised to sum 1 and cut to the top N (ties by category name, so the list is deterministic).
 */
export function categoryAffinities(
  table: OrderTable,
  a: number,
  end: number,
  views: readonly ViewFact[] | undefined,
  asOf: number,
  options: AffinityOptions,
): CategoryAffinity[] {
  const { halfLifeDays, viewWeight = 0.2, top = 5 } = options
  const decay = (t: number) => Math.pow(0.5, Math.max(0, asOf - t) / DAY_MS / halfLifeDays)
  const weights = new Map<string, number>()
  const add = (category: string, w: number) => weights.set(category, (weights.get(category) ?? 0) + w)
  for (let o = a; o < end; o++) {
    const w = decay(table.time[o])
    for (let k = table.categoryOffsets[o]; k < table.categoryOffsets[o + 1]; k++) add(table.categories[table.categoryIndex[k]], w)
  }
  if (views) {
    for (const v of views) {
      if (v.time >= asOf) continue
      const w = viewWeight * decay(v.time)
      for (const c of v.categoryIds) add(c, w)
    }
  }
  let total = 0
  for (const w of weights.values()) total += w
  if (total <= 0) return []
  return [...weights]
    .map(([category, w]) => ({ category, weight: w / total }))
    .sort((x, y) => y.weight - x.weight || (x.category < y.category ? -1 : 1))
    .slice(0, top)
}
