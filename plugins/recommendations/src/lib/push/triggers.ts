/**
 * Campaign triggers: who should hear from the store now, and about which products. Each detector is pure and
 * returns candidates with a `key` that names the occasion (this cart, this restock, this price, this due date, this
 * week of arrivals): the delivery key is built from it, so the same occasion never produces a second message.
 */
export const TRIGGERS = ["abandoned_cart", "back_in_stock", "price_drop", "replenishment", "new_arrivals"] as const
export type Trigger = (typeof TRIGGERS)[number]

export type TriggerCandidate = {
  customerId: string
  /** The occasion: one message per campaign, customer and key. */
  key: string
  /** Products the message is about (the cart, the restocked or cheaper product, the item due…), best first. */
  productIds: string[]
  /** Facts for the message template. */
  data: Record<string, unknown>
}

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000

export type CartSnapshot = {
  id: string
  customerId: string | null
  salesChannelId?: string | null
  regionId?: string | null
  updatedAt: number
  completed: boolean
  productIds: string[]
}

/** Carts with items, of a known customer, untouched for `afterHours` but not older than `withinHours`. */
export function abandonedCarts(carts: readonly CartSnapshot[], now: number, opts: { afterHours: number; withinHours: number }): TriggerCandidate[] {
  return carts
    .filter((c) => !c.completed && c.customerId && c.productIds.length && now - c.updatedAt >= opts.afterHours * HOUR_MS && now - c.updatedAt <= opts.withinHours * HOUR_MS)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((c) => ({
      customerId: c.customerId!,
      key: `cart:${c.id}`,
      productIds: [...new Set(c.productIds)],
      data: { cart_id: c.id, ...(c.salesChannelId ? { sales_channel_id: c.salesChannelId } : {}), ...(c.regionId ? { region_id: c.regionId } : {}) },
    }))
}

/** A customer's recent interest in a product: a view or a cart add at `time`. */
export type Interest = { customerId: string; productId: string; time: number }

export type ProductChange = {
  productId: string
  /** When the product came back in stock, or when its price dropped (epoch ms). */
  changedAt: number
  /** For price drops: the old and the new price in minor units. */
  before?: number
  after?: number
  currencyCode?: string
}

/**
 * Customers who looked at a product within `lookbackDays` before it came back in stock (or got cheaper) and have not
 * bought it since. `occasion` distinguishes restock from price drop in the key.
 */
export function interestedInChanges(
  changes: readonly ProductChange[],
  interest: readonly Interest[],
  boughtAfter: (customerId: string, productId: string, since: number) => boolean,
  opts: { lookbackDays: number; occasion: "restock" | "price" }
): TriggerCandidate[] {
  const byProduct = new Map<string, Interest[]>()
  for (const i of interest) {
    let l = byProduct.get(i.productId)
    if (!l) byProduct.set(i.productId, (l = []))
    l.push(i)
  }
  const out = new Map<string, TriggerCandidate>()
  for (const c of [...changes].sort((a, b) => a.changedAt - b.changedAt || (a.productId < b.productId ? -1 : 1))) {
    for (const i of byProduct.get(c.productId) ?? []) {
      if (i.time > c.changedAt || c.changedAt - i.time > opts.lookbackDays * DAY_MS) continue
      if (boughtAfter(i.customerId, c.productId, i.time)) continue
      const key = opts.occasion === "restock" ? `restock:${c.productId}:${c.changedAt}` : `price:${c.productId}:${c.after}`
      const id = `${i.customerId}\u0000${key}`
      if (out.has(id)) continue
      out.set(id, {
        customerId: i.customerId,
        key,
        productIds: [c.productId],
        data:
          opts.occasion === "price"
            ? { product_id: c.productId, before: c.before, after: c.after, currency_code: c.currencyCode, drop_percent: c.before ? Math.round((100 * (c.before - (c.after ?? c.before))) / c.before) : 0 }
            : { product_id: c.productId },
      })
    }
  }
  return [...out.values()].sort((a, b) => (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : a.key < b.key ? -1 : 1))
}

/** A due repurchase: buy-again timing says the customer is due to re-order (score ≥ threshold). */
export function replenishmentDue(
  due: ReadonlyMap<string, readonly { itemId: string; score: number; lastTime: number }[]>,
  opts: { threshold: number; maxItems: number }
): TriggerCandidate[] {
  const out: TriggerCandidate[] = []
  for (const customerId of [...due.keys()].sort()) {
    const items = (due.get(customerId) ?? []).filter((x) => x.score >= opts.threshold).slice(0, opts.maxItems)
    if (!items.length) continue
    // the occasion is the last purchase of the most due item: after a re-order, a later one is a new occasion
    out.push({ customerId, key: `due:${items[0].itemId}:${items[0].lastTime}`, productIds: items.map((x) => x.itemId), data: { due_items: items.length } })
  }
  return out
}

export type NewProduct = { productId: string; createdAt: number; categoryIds: readonly string[] }

/**
 * New arrivals matching a customer's category affinity (share of their purchases and views per category): products
 * created in the last `withinDays`, in a category where the customer's affinity ≥ `minAffinity`. One message per
 * ISO week of `now`.
 */
export function newArrivalsForAffinities(
  products: readonly NewProduct[],
  affinities: ReadonlyMap<string, ReadonlyMap<string, number>>,
  now: number,
  opts: { withinDays: number; minAffinity: number; maxItems: number }
): TriggerCandidate[] {
  const fresh = products.filter((p) => now - p.createdAt <= opts.withinDays * DAY_MS && p.createdAt <= now)
  if (!fresh.length) return []
  const week = isoWeek(now)
  const out: TriggerCandidate[] = []
  for (const customerId of [...affinities.keys()].sort()) {
    const aff = affinities.get(customerId)!
    const scored = fresh
      .map((p) => ({ id: p.productId, score: Math.max(0, ...p.categoryIds.map((c) => aff.get(c) ?? 0)), createdAt: p.createdAt }))
      .filter((x) => x.score >= opts.minAffinity)
      .sort((a, b) => b.score - a.score || b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1))
      .slice(0, opts.maxItems)
    if (scored.length) out.push({ customerId, key: `arrivals:${week}`, productIds: scored.map((x) => x.id), data: { new_products: scored.length } })
  }
  return out
}

/** "2026-W48" for a UTC time. */
export function isoWeek(t: number): string {
  const d = new Date(Math.floor(t / DAY_MS) * DAY_MS)
  const day = (d.getUTCDay() + 6) % 7
  d.setUTCDate(d.getUTCDate() - day + 3)
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4))
  const week = 1 + Math.round(((d.getTime() - firstThursday.getTime()) / DAY_MS - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7)
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, "0")}`
}

/** Category affinity: each purchase counts 1, each view 0.2, per category of the product; normalised to sum 1. */
export function categoryAffinity(
  events: readonly { productId: string; kind: "purchase" | "view" | "cart" }[],
  categoriesOf: (productId: string) => readonly string[]
): Map<string, number> {
  const w = new Map<string, number>()
  let total = 0
  for (const e of events) {
    const v = e.kind === "purchase" ? 1 : e.kind === "cart" ? 0.5 : 0.2
    for (const c of categoriesOf(e.productId)) {
      w.set(c, (w.get(c) ?? 0) + v)
      total += v
    }
  }
  if (total > 0) for (const [c, v] of w) w.set(c, v / total)
  return w
}
