import { DAY_MS } from "../series/calendar"

/**
 * Slow movers and dead stock, per variant (× location if the caller keys it so):
 * - dead stock: units on hand and no sale for `deadDays` (default 90) — or never sold since it was stocked;
 * - slow mover: units on hand that would last more than `slowCoverDays` (default 180) at the recent sales rate
 *   (units sold in the last `windowDays`, default 90), or a sell-through below `minSellThrough`
 *   (sold / (sold + on hand), default 20 %) over the window.
 * Stock value is on hand × unit cost, integer minor units.
 */
export type StockItem = {
  id: string
  onHand: number
  unitsSoldInWindow: number
  /** epoch ms of the last sale (null if never sold) */
  lastSoldAt: number | null
  /** epoch ms the item was created / first stocked (to not call a product launched yesterday dead) */
  createdAt?: number | null
  unitCostMinor?: number | null
}

export type SlowMoverOptions = { windowDays?: number; deadDays?: number; slowCoverDays?: number; minSellThrough?: number }

export type SlowMoverFlag = {
  id: string
  status: "dead" | "slow" | "ok" | "no_stock"
  daysSinceLastSale: number | null
  daysOfCover: number
  sellThrough: number
  stockValueMinor: number
  reasons: string[]
}

export function flagSlowMovers(items: StockItem[], now: number, options: SlowMoverOptions = {}): SlowMoverFlag[] {
  const { windowDays = 90, deadDays = 90, slowCoverDays = 180, minSellThrough = 0.2 } = options
  return items.map((it) => {
    const onHand = Math.max(0, it.onHand)
    const sold = Math.max(0, it.unitsSoldInWindow)
    const since = it.lastSoldAt !== null ? (now - it.lastSoldAt) / DAY_MS : null
    const age = it.createdAt != null ? (now - it.createdAt) / DAY_MS : Infinity
    const rate = sold / windowDays
    const cover = rate > 0 ? onHand / rate : onHand > 0 ? Infinity : 0
    const sellThrough = sold + onHand > 0 ? sold / (sold + onHand) : 0
    const value = Math.round(onHand * Math.max(0, it.unitCostMinor ?? 0))
    const reasons: string[] = []
    let status: SlowMoverFlag["status"] = "ok"
    if (onHand === 0) status = "no_stock"
    else if ((since === null && age >= deadDays) || (since !== null && since >= deadDays)) {
      status = "dead"
      reasons.push(since === null ? `never sold in ${Math.floor(age)} days in the catalogue` : `no sale for ${Math.floor(since)} days`)
    } else if (age >= windowDays && (cover > slowCoverDays || sellThrough < minSellThrough)) {
      status = "slow"
      if (cover > slowCoverDays) reasons.push(`${Number.isFinite(cover) ? Math.round(cover) : "∞"} days of cover at the last ${windowDays} days' rate`)
      if (sellThrough < minSellThrough) reasons.push(`sell-through ${(100 * sellThrough).toFixed(0)} % over ${windowDays} days`)
    }
    return { id: it.id, status, daysSinceLastSale: since, daysOfCover: cover, sellThrough, stockValueMinor: value, reasons }
  })
}
