import type { LineFactRow } from "@finesse/core/lib/facts/read-types"

export const WEEK_MS = 7 * 86_400_000
/** 1970-01-05, the first Monday of the epoch: weeks run Monday 00:00 UTC to Sunday 24:00 (ISO weeks). */
const MONDAY_ZERO = Date.UTC(1970, 0, 5)

export function weekIndex(ms: number): number {
  return Math.floor((ms - MONDAY_ZERO) / WEEK_MS)
}

export function weekStartMs(week: number): number {
  return MONDAY_ZERO + week * WEEK_MS
}

/** One sold line: money in minor units, time in epoch ms. */
export type SaleLine = {
  productId: string
  quantity: number
  /** the shelf (list) unit price before discounts */
  unitPrice: number
  /** discount on the whole line */
  discountTotal?: number
  placedAt: number
}

/**
 * One product's observations, one per week with sales, ascending by week:
 * - units: Σ quantity
 * - price: the week's shelf price, by default quantity-weighted Σ(q · unit_price) / Σ q; with price "modal" the
 *   unit price most lines of the week paid (ties: the higher one), which ignores the mix of quantity-tier prices
 * - discountShare: Σ discount / Σ(q · unit_price), the promotion control (0 when nothing was discounted)
 * - revenue: Σ(q · unit_price) − Σ discount
 * Weeks without sales are absent (log 0 is undefined); see the estimator for what that means.
 */
export type WeeklySeries = {
  productId: string
  week: Int32Array
  units: Float64Array
  price: Float64Array
  discountShare: Float64Array
  revenue: Float64Array
}

export type WeeklyPriceBasis = "weighted" | "modal"

/** A streaming builder: add lines in any order, read the series once. Memory is one slot per product-week. */
export function createWeeklyAccumulator(opts: { price?: WeeklyPriceBasis } = {}) {
  const modal = opts.price === "modal"
  type Slot = { q: number; gross: number; disc: number; lines?: Map<number, number> }
  const byProduct = new Map<string, Map<number, Slot>>()
  return {
    add(line: SaleLine) {
      if (!(line.quantity > 0) || !(line.unitPrice > 0)) return
      const w = weekIndex(line.placedAt)
      let weeks = byProduct.get(line.productId)
      if (!weeks) byProduct.set(line.productId, (weeks = new Map()))
      const slot = weeks.get(w)
      const gross = line.quantity * line.unitPrice
      const disc = Math.max(0, line.discountTotal ?? 0)
      let at = slot
      if (at) {
        at.q += line.quantity
        at.gross += gross
        at.disc += disc
      } else weeks.set(w, (at = { q: line.quantity, gross, disc }))
      if (modal) {
        const m = at.lines ?? (at.lines = new Map())
        m.set(line.unitPrice, (m.get(line.unitPrice) ?? 0) + 1)
      }
    },
    products(): number {
      return byProduct.size
    },
    /** every product's series, ordered by product id */
    series(): WeeklySeries[] {
      const ids = [...byProduct.keys()].sort()
      return ids.map((productId) => {
        const weeks = byProduct.get(productId)!
        const keys = [...weeks.keys()].sort((a, b) => a - b)
        const n = keys.length
        const s: WeeklySeries = {
          productId,
          week: Int32Array.from(keys),
          units: new Float64Array(n),
          price: new Float64Array(n),
          discountShare: new Float64Array(n),
          revenue: new Float64Array(n),
        }
        keys.forEach((k, i) => {
          const x = weeks.get(k)!
          s.units[i] = x.q
          s.price[i] = modal ? modalPrice(x.lines!) : x.gross / x.q
          s.discountShare[i] = x.gross > 0 ? Math.min(1, x.disc / x.gross) : 0
          s.revenue[i] = x.gross - x.disc
        })
        return s
      })
    },
  }
}

function modalPrice(lines: Map<number, number>): number {
  let best = 0
  let bestCount = -1
  for (const [price, count] of lines) if (count > bestCount || (count === bestCount && price > best)) [best, bestCount] = [price, count]
  return best
}

/**
 * Core's order line fact as a sale line (null for a line without a product). The shelf price is unit_price;
 * returns are not netted out: demand is what was ordered.
 */
export function saleFromLineFact(row: Pick<LineFactRow, "product_id" | "quantity" | "unit_price" | "discount_total" | "placed_at">): SaleLine | null {
  if (!row.product_id) return null
  return {
    productId: row.product_id,
    quantity: row.quantity,
    unitPrice: row.unit_price,
    discountTotal: row.discount_total,
    placedAt: row.placed_at instanceof Date ? row.placed_at.getTime() : new Date(row.placed_at as unknown as string).getTime(),
  }
}
