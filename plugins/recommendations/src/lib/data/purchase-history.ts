import { Csr, csrFromTriplets } from "./csr"
import { IdIndex } from "./id-index"

/** One purchased order line. Lines of the same order and product count as one purchase. */
export type Purchase = { userId: string; itemId: string; orderId: string; time: number }

/**
 * What a customer bought, how often (distinct orders) and when, per product: the input of buy-again, the "for you"
 * ranker and the "already bought" exclusions.
 */
export type PurchaseHistory = {
  users: IdIndex
  items: IdIndex
  /** users × items; value = number of distinct orders containing the item. */
  orders: Csr
  /** Aligned with orders.indices: first and last purchase time (epoch ms) of that user and item. */
  firstTime: Float64Array
  lastTime: Float64Array
  /** Per user: number of distinct orders, and the time of the latest one. */
  userOrderCount: Int32Array
  userLastTime: Float64Array
}

export function buildPurchaseHistory(purchases: readonly Purchase[], index?: { users?: IdIndex; items?: IdIndex }): PurchaseHistory {
  const kept = purchases.filter(
    (p) => (!index?.users || index.users.has(p.userId)) && (!index?.items || index.items.has(p.itemId))
  )
  const users = index?.users ?? IdIndex.sorted(kept.map((p) => p.userId))
  const items = index?.items ?? IdIndex.sorted(kept.map((p) => p.itemId))
  // one triplet per distinct (order, item); the order count is their sum
  const seen = new Set<string>()
  const userOrders = new Map<number, Set<string>>()
  const r: number[] = []
  const c: number[] = []
  const t: number[] = []
  for (const p of kept) {
    const u = users.indexOf(p.userId)
    let orders = userOrders.get(u)
    if (!orders) userOrders.set(u, (orders = new Set()))
    orders.add(p.orderId)
    const key = `${p.orderId}\u0000${p.itemId}`
    if (seen.has(key)) continue
    seen.add(key)
    r.push(u)
    c.push(items.indexOf(p.itemId))
    t.push(p.time)
  }
  const ones = new Float64Array(r.length).fill(1)
  const orders = csrFromTriplets(users.size, items.size, r, c, ones, "sum")
  const last = csrFromTriplets(users.size, items.size, r, c, t, "max")
  const first = csrFromTriplets(users.size, items.size, r, c, t.map((x) => -x), "max")
  const userLastTime = new Float64Array(users.size).fill(-Infinity)
  for (let k = 0; k < r.length; k++) userLastTime[r[k]] = Math.max(userLastTime[r[k]], t[k])
  const userOrderCount = new Int32Array(users.size)
  for (const [u, set] of userOrders) userOrderCount[u] = set.size
  return {
    users,
    items,
    orders,
    firstTime: first.values.map((x) => -x),
    lastTime: last.values,
    userOrderCount,
    userLastTime,
  }
}

/** One user's bought items with order count and last purchase time. */
export type UserItemHistory = { item: number; orderCount: number; firstTime: number; lastTime: number }

export function userHistory(h: PurchaseHistory, user: number): UserItemHistory[] {
  const out: UserItemHistory[] = []
  for (let t = h.orders.indptr[user]; t < h.orders.indptr[user + 1]; t++) {
    out.push({ item: h.orders.indices[t], orderCount: h.orders.values[t], firstTime: h.firstTime[t], lastTime: h.lastTime[t] })
  }
  return out
}
