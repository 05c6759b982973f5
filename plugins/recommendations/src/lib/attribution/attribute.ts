/**
 * Attribution of add-to-carts and orders to recommendations: a conversion of product P by customer U is credited to
 * the latest click on a recommendation of P shown to U within the window before it ("last click wins"). With
 * `basis: "impression"` an impression (view-through) is enough, for placements without clicks (emails opened...).
 */
export type RecommendationEvent = {
  type: "impression" | "click"
  /** Id of the served list (one per request), as Recombee's recommId: ties outcomes to a model version/variant. */
  recommendationId: string
  userId: string
  itemId: string
  time: number
  placement?: string
}

export type ConversionEvent = {
  type: "add_to_cart" | "order"
  /** Cart line or order line id: one conversion is credited at most once. */
  id: string
  userId: string
  itemId: string
  time: number
  /** Revenue of the line in minor units, for orders. */
  amountMinor?: number
}

export type Attribution = {
  conversionId: string
  type: ConversionEvent["type"]
  userId: string
  itemId: string
  recommendationId: string
  placement?: string
  touchTime: number
  conversionTime: number
  amountMinor?: number
}

export type AttributionOptions = { windowMs: number; basis?: "click" | "impression" }

/** Credits each conversion to the latest qualifying touch in (time − window, time]; unmatched conversions are omitted. */
export function attribute(
  events: readonly RecommendationEvent[],
  conversions: readonly ConversionEvent[],
  options: AttributionOptions
): Attribution[] {
  const basis = options.basis ?? "click"
  const touches = new Map<string, RecommendationEvent[]>()
  for (const e of events) {
    if (basis === "click" && e.type !== "click") continue
    const key = `${e.userId}\u0000${e.itemId}`
    let list = touches.get(key)
    if (!list) touches.set(key, (list = []))
    list.push(e)
  }
  // sorted by time, then by id, so "latest" is well defined even for equal timestamps
  for (const list of touches.values()) list.sort((a, b) => a.time - b.time || (a.recommendationId < b.recommendationId ? -1 : 1))
  const out: Attribution[] = []
  const sorted = [...conversions].sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))
  const seen = new Set<string>()
  for (const c of sorted) {
    if (seen.has(`${c.type}\u0000${c.id}`)) continue
    seen.add(`${c.type}\u0000${c.id}`)
    const list = touches.get(`${c.userId}\u0000${c.itemId}`)
    if (!list) continue
    // binary search: last touch with time <= conversion time
    let lo = 0
    let hi = list.length - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (list[mid].time <= c.time) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    if (found < 0) continue
    const t = list[found]
    if (c.time - t.time > options.windowMs) continue
    out.push({
      conversionId: c.id,
      type: c.type,
      userId: c.userId,
      itemId: c.itemId,
      recommendationId: t.recommendationId,
      ...(t.placement !== undefined ? { placement: t.placement } : {}),
      touchTime: t.time,
      conversionTime: c.time,
      ...(c.amountMinor !== undefined ? { amountMinor: c.amountMinor } : {}),
    })
  }
  return out
}

export type PlacementReport = {
  placement: string
  impressions: number
  clicks: number
  addToCarts: number
  orders: number
  revenueMinor: number
}

/** Per-placement funnel: impressions, clicks, attributed add-to-carts, orders and revenue (integer minor units). */
export function summariseByPlacement(events: readonly RecommendationEvent[], attributions: readonly Attribution[]): PlacementReport[] {
  const rows = new Map<string, PlacementReport>()
  const row = (p: string | undefined) => {
    const key = p ?? "unknown"
    let r = rows.get(key)
    if (!r) rows.set(key, (r = { placement: key, impressions: 0, clicks: 0, addToCarts: 0, orders: 0, revenueMinor: 0 }))
    return r
  }
  for (const e of events) row(e.placement)[e.type === "click" ? "clicks" : "impressions"]++
  for (const a of attributions) {
    const r = row(a.placement)
    if (a.type === "add_to_cart") r.addToCarts++
    else {
      r.orders++
      r.revenueMinor += a.amountMinor ?? 0
    }
  }
  return [...rows.values()].sort((a, b) => (a.placement < b.placement ? -1 : 1))
}
