/**
 * Attribution of add-to-carts and order lines to recommendations, "last touch wins" within a window. A visitor is
 * known by several keys (their anonymous browser id and, once signed in, their customer id), so a click made while
 * anonymous still earns the order placed after signing in: a conversion matches a touch sharing any key.
 */
export type Touch = {
  recommendationId: string
  productId: string
  time: number
  /** e.g. ["anon:abc", "cust:cus_1"] */
  keys: readonly string[]
  type: "impression" | "click"
}

export type Conversion = {
  /** Unique per conversion: an event id (add to cart) or an order line id (order). */
  key: string
  type: "add_to_cart" | "order"
  productId: string
  time: number
  keys: readonly string[]
  amountMinor?: number
}

export type AttributedConversion = Conversion & { recommendationId: string; touchTime: number }

/**
 * For each conversion, the latest touch on the same product by the same visitor with touch time in
 * (time − window, time]. `basis` "click" (default) ignores impressions; "impression" counts view-through.
 */
export function attributeConversions(
  touches: readonly Touch[],
  conversions: readonly Conversion[],
  windowMs: number,
  basis: "click" | "impression" = "click"
): AttributedConversion[] {
  const index = new Map<string, Touch[]>()
  for (const t of touches) {
    if (basis === "click" && t.type !== "click") continue
    for (const k of new Set(t.keys)) {
      const id = `${k}\u0000${t.productId}`
      let l = index.get(id)
      if (!l) index.set(id, (l = []))
      l.push(t)
    }
  }
  const out: AttributedConversion[] = []
  const seen = new Set<string>()
  for (const c of [...conversions].sort((a, b) => a.time - b.time || (a.key < b.key ? -1 : 1))) {
    if (seen.has(c.key)) continue
    seen.add(c.key)
    let best: Touch | undefined
    for (const k of new Set(c.keys)) {
      for (const t of index.get(`${k}\u0000${c.productId}`) ?? []) {
        if (t.time > c.time || c.time - t.time > windowMs) continue
        if (!best || t.time > best.time || (t.time === best.time && t.recommendationId > best.recommendationId)) best = t
      }
    }
    if (best) out.push({ ...c, recommendationId: best.recommendationId, touchTime: best.time })
  }
  return out
}

/** The identity keys of an event or an order: its anonymous id and its customer id, when known. */
export function visitorKeys(anonymousId: string | null | undefined, customerId: string | null | undefined): string[] {
  const keys: string[] = []
  if (anonymousId) keys.push(`anon:${anonymousId}`)
  if (customerId) keys.push(`cust:${customerId}`)
  return keys
}
