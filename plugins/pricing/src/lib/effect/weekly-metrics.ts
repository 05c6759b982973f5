import type { LineFactRow } from "@finesse/core/lib/facts/read-types"
import { weekIndex, weekStartMs } from "../elasticity/weekly-observations"
import type { WeeklyMetrics } from "./match-controls"

/** One sold line for the effect study: money in minor units, time epoch ms. */
export type MetricLine = {
  productId: string
  categoryId: string | null
  quantity: number
  /** what the line brought in, after discounts */
  revenue: number
  /** revenue − cost of goods */
  margin: number
  placedAt: number
}

/**
 * Builds aligned WeeklyMetrics for difference-in-differences: weeks (ISO, Monday UTC) from the week of `from`,
 * `weeks` of them; lines outside are ignored, a product without sales in a week has zeros there (unlike the
 * elasticity observations, a week without sales is information here). Price changes mark their week.
 */
export function createWeeklyMetricsBuilder(from: number, weeks: number) {
  const first = weekIndex(from)
  const rows = new Map<string, WeeklyMetrics>()
  const row = (productId: string, categoryId: string | null) => {
    let r = rows.get(productId)
    if (!r) {
      r = { productId, categoryId, units: new Float64Array(weeks), revenue: new Float64Array(weeks), margin: new Float64Array(weeks), priceChanged: new Uint8Array(weeks) }
      rows.set(productId, r)
    } else if (r.categoryId === null && categoryId !== null) r.categoryId = categoryId
    return r
  }
  return {
    /** the week position of a time (may fall outside 0..weeks−1) */
    weekOf: (ms: number) => weekIndex(ms) - first,
    /** epoch ms of the Monday that starts a week position */
    weekStart: (position: number) => weekStartMs(first + position),
    add(line: MetricLine) {
      const w = weekIndex(line.placedAt) - first
      if (w < 0 || w >= weeks) return
      const r = row(line.productId, line.categoryId)
      r.units[w] += line.quantity
      r.revenue[w] += line.revenue
      r.margin[w] += line.margin
    },
    /** a product's price changed at `at` (an applied proposal, a manual edit) */
    markPriceChange(productId: string, categoryId: string | null, at: number) {
      const w = weekIndex(at) - first
      if (w >= 0 && w < weeks) row(productId, categoryId).priceChanged[w] = 1
    },
    /** every product, ordered by id */
    build(): WeeklyMetrics[] {
      return [...rows.values()].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0))
    },
  }
}

/** Core's order line fact as a metric line (null without a product). Revenue is the line total, margin core's margin. */
export function metricLineFromFact(row: Pick<LineFactRow, "product_id" | "category_id" | "quantity" | "total" | "margin" | "placed_at">): MetricLine | null {
  if (!row.product_id) return null
  return {
    productId: row.product_id,
    categoryId: row.category_id,
    quantity: row.quantity,
    revenue: row.total,
    margin: row.margin,
    placedAt: row.placed_at instanceof Date ? row.placed_at.getTime() : new Date(row.placed_at as unknown as string).getTime(),
  }
}
