import type { PricePoint } from "../lib/competitors/price-history"
import type { StoredChange } from "../modules/finesse-pricing/store/changes"

/**
 * Our own price over time for one variant and currency, from the changes we applied (and rolled back), as the
 * "self" party of the alert rules and the price-history chart: a first point with the price before the first
 * change (or today's price when nothing changed), then one point per application and per rollback.
 */
export function ownPriceHistory(changes: readonly StoredChange[], currentPrice: number | null, regionId: string | null = null): PricePoint[] {
  const mine = changes.filter((c) => (c.region_id ?? null) === regionId)
  const events: { at: number; price: number }[] = []
  for (const c of mine) {
    events.push({ at: new Date(c.applied_at).getTime(), price: c.new_price })
    if (c.status === "rolled_back" && c.rolled_back_at) events.push({ at: new Date(c.rolled_back_at).getTime(), price: c.old_price })
  }
  events.sort((a, b) => a.at - b.at)
  const start = mine.length ? mine.reduce((a, c) => (new Date(c.applied_at).getTime() < new Date(a.applied_at).getTime() ? c : a)).old_price : currentPrice
  const points: PricePoint[] = []
  if (start !== null && start > 0) points.push({ at: 0, price: start, inStock: true })
  for (const e of events) {
    const last = points[points.length - 1]
    if (last && last.price === e.price) continue
    points.push({ at: e.at, price: e.price, inStock: true })
  }
  return points
}
