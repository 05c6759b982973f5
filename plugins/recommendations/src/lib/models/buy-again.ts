import { DAY_MS } from "../data/interactions"
import { Purchase } from "../data/purchase-history"
import { ScoredItem } from "../util/top-k"

/**
 * Buy-again: which products people re-order, and after how long. Per item we learn the share of buyers who bought it
 * in more than one order and the median days between consecutive orders of it; a customer's score for an item they
 * bought peaks when the median interval has passed since their last purchase of it.
 */
export type BuyAgainModel = {
  kind: "buy-again"
  version: 1
  items: string[]
  /** Customers who bought the item, and those who bought it in ≥ 2 distinct orders. */
  buyers: number[]
  repeatBuyers: number[]
  /** Median days between consecutive orders of the item (null with fewer than minIntervals intervals). */
  medianIntervalDays: (number | null)[]
  /** Median over every interval of every item: the fallback for items with too few repeats. */
  globalMedianIntervalDays: number
}

export type BuyAgainParams = { minIntervals?: number }

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

export function trainBuyAgain(purchases: readonly Purchase[], params: BuyAgainParams = {}): BuyAgainModel {
  const minIntervals = params.minIntervals ?? 3
  // distinct order times per (user, item): lines of one order count once
  const times = new Map<string, Map<string, Map<string, number>>>()
  for (const p of purchases) {
    let byUser = times.get(p.itemId)
    if (!byUser) times.set(p.itemId, (byUser = new Map()))
    let orders = byUser.get(p.userId)
    if (!orders) byUser.set(p.userId, (orders = new Map()))
    orders.set(p.orderId, Math.min(orders.get(p.orderId) ?? Infinity, p.time))
  }
  const items = [...times.keys()].sort()
  const all: number[] = []
  const buyers: number[] = []
  const repeatBuyers: number[] = []
  const medianIntervalDays: (number | null)[] = []
  for (const item of items) {
    const byUser = times.get(item)!
    const gaps: number[] = []
    let repeat = 0
    for (const orders of byUser.values()) {
      const ts = [...orders.values()].sort((a, b) => a - b)
      if (ts.length > 1) repeat++
      for (let k = 1; k < ts.length; k++) gaps.push((ts[k] - ts[k - 1]) / DAY_MS)
    }
    buyers.push(byUser.size)
    repeatBuyers.push(repeat)
    medianIntervalDays.push(gaps.length >= minIntervals ? median(gaps) : null)
    all.push(...gaps)
  }
  return {
    kind: "buy-again",
    version: 1,
    items,
    buyers,
    repeatBuyers,
    medianIntervalDays,
    globalMedianIntervalDays: all.length ? median(all) : 30,
  }
}

/** Smoothed share of buyers who re-order: (repeat + 1) / (buyers + 2), so an item with no data sits at 0.5. */
export function repeatRate(model: BuyAgainModel, item: number): number {
  return (model.repeatBuyers[item] + 1) / (model.buyers[item] + 2)
}

/** Items that are almost never re-ordered (a bike, a sofa): exclude them from a buyer's future recommendations. */
export function isOneOff(model: BuyAgainModel, item: number, threshold = 0.05): boolean {
  return model.buyers[item] >= 20 && repeatRate(model, item) < threshold
}

/**
 * Timing factor in (0, 1]: 1 when the time since the last purchase equals the expected interval, falling off
 * log-normally either side (buying again after 2× or 0.5× the interval scores exp(−ln²2 / 2σ²)).
 */
export function dueFactor(daysSinceLast: number, intervalDays: number, sigma = 0.75): number {
  const r = Math.max(daysSinceLast, 0.5) / Math.max(intervalDays, 0.5)
  const l = Math.log(r)
  return Math.exp(-(l * l) / (2 * sigma * sigma))
}

/** What one customer bought: the input of buyAgainScores (from PurchaseHistory, or straight from the order table). */
export type BoughtItem = { itemId: string; orderCount: number; lastTime: number }

const indexCache = new WeakMap<BuyAgainModel, Map<string, number>>()

/** Index of an item in the model, -1 when the model never saw it. */
export function buyAgainIndex(model: BuyAgainModel, itemId: string): number {
  let m = indexCache.get(model)
  if (!m) indexCache.set(model, (m = new Map(model.items.map((id, i) => [id, i]))))
  return m.get(itemId) ?? -1
}

/**
 * Buy-again scores for one customer: repeat rate × due factor × confidence from their own order count
 * (orderCount / (orderCount + 1)). Items unknown to the model use the neutral repeat rate 0.5 and the global interval.
 */
export function buyAgainScores(model: BuyAgainModel, bought: readonly BoughtItem[], now: number, sigma = 0.75): ScoredItem[] {
  const out: ScoredItem[] = []
  for (const h of bought) {
    const i = buyAgainIndex(model, h.itemId)
    const interval = (i >= 0 ? model.medianIntervalDays[i] : null) ?? model.globalMedianIntervalDays
    const rate = i >= 0 ? repeatRate(model, i) : 0.5
    const score = rate * dueFactor((now - h.lastTime) / DAY_MS, interval, sigma) * (h.orderCount / (h.orderCount + 1))
    out.push({ itemId: h.itemId, score })
  }
  return out.sort((a, b) => b.score - a.score || (a.itemId < b.itemId ? -1 : 1))
}

export function loadBuyAgain(json: unknown): BuyAgainModel {
  const m = json as BuyAgainModel
  if (m?.kind !== "buy-again" || m.version !== 1) throw new Error("not a buy-again v1 model")
  return m
}
