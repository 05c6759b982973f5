import type { CompetitorQuote } from "../strategies/types"

/** One observed competitor price (or one of our own price changes, competitorId "self"). Minor units, epoch ms. */
export type PriceObservation = {
  competitorId: string
  variantId: string
  currencyCode: string
  price: number
  inStock: boolean
  observedAt: number
}

export type PricePoint = { at: number; price: number; inStock: boolean }

/** A party's price history for one variant and currency: ascending, only the points where something changed. */
export type PriceSeries = {
  competitorId: string
  variantId: string
  currencyCode: string
  points: PricePoint[]
  /** the latest observation, which may repeat the last point's state (epoch ms); absent = the last point's time */
  lastSeenAt?: number
}

export const SELF = "self"

/**
 * Groups observations into histories per competitor, variant and currency. Repeated observations of the same price
 * and stock state collapse into the first (a daily scrape of an unchanged price is one point), so a point is a change.
 * Observations at the same instant keep the last one given (a correction).
 */
export function buildPriceHistory(observations: readonly PriceObservation[]): PriceSeries[] {
  const groups = new Map<string, PriceObservation[]>()
  for (const o of observations) {
    const k = `${o.competitorId}\u0000${o.variantId}\u0000${o.currencyCode.toLowerCase()}`
    const l = groups.get(k)
    if (l) l.push(o)
    else groups.set(k, [o])
  }
  const out: PriceSeries[] = []
  for (const [k, list] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [competitorId, variantId, currencyCode] = k.split("\u0000")
    const sorted = list.map((o, i) => ({ o, i })).sort((a, b) => a.o.observedAt - b.o.observedAt || a.i - b.i)
    const points: PricePoint[] = []
    for (const { o } of sorted) {
      const last = points[points.length - 1]
      if (last && last.at === o.observedAt) {
        points[points.length - 1] = { at: o.observedAt, price: o.price, inStock: o.inStock }
        const prev = points[points.length - 2]
        if (prev && prev.price === o.price && prev.inStock === o.inStock) points.pop()
      } else if (!last || last.price !== o.price || last.inStock !== o.inStock) {
        points.push({ at: o.observedAt, price: o.price, inStock: o.inStock })
      }
    }
    out.push({ competitorId, variantId, currencyCode, points, lastSeenAt: sorted[sorted.length - 1].o.observedAt })
  }
  return out
}

/** The point in force at time t (the last at or before t), or null. Binary search: histories can be long. */
export function pointAt(series: PriceSeries, t: number): PricePoint | null {
  const p = series.points
  let lo = 0
  let hi = p.length - 1
  let best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (p[mid].at <= t) [best, lo] = [mid, mid + 1]
    else hi = mid - 1
  }
  return best >= 0 ? p[best] : null
}

/**
 * The latest quote per competitor for each variant and currency, as strategies take them; the key is
 * `${variantId}|${currency}`. observedAt is the latest observation's time (not the time the price last changed),
 * so freshness means "seen recently".
 */
export function latestQuotes(observations: readonly PriceObservation[], now: number): Map<string, CompetitorQuote[]> {
  const latest = new Map<string, PriceObservation>()
  for (const o of observations) {
    if (o.observedAt > now || o.competitorId === SELF) continue
    const k = `${o.variantId}|${o.currencyCode.toLowerCase()}|${o.competitorId}`
    const cur = latest.get(k)
    if (!cur || o.observedAt >= cur.observedAt) latest.set(k, o)
  }
  const out = new Map<string, CompetitorQuote[]>()
  for (const o of [...latest.values()].sort((a, b) => (a.competitorId < b.competitorId ? -1 : a.competitorId > b.competitorId ? 1 : 0))) {
    const k = `${o.variantId}|${o.currencyCode.toLowerCase()}`
    const q: CompetitorQuote = { competitorId: o.competitorId, price: o.price, inStock: o.inStock, observedAt: o.observedAt }
    const l = out.get(k)
    if (l) l.push(q)
    else out.set(k, [q])
  }
  return out
}

export type PriceChange = { competitorId: string; variantId: string; currencyCode: string; at: number; from: PricePoint; to: PricePoint; changePct: number | null }

/** Changes of price or stock since `since` (e.g. "since yesterday"), newest first. */
export function changesSince(history: readonly PriceSeries[], since: number): PriceChange[] {
  const out: PriceChange[] = []
  for (const s of history) {
    for (let i = 1; i < s.points.length; i++) {
      const [a, b] = [s.points[i - 1], s.points[i]]
      if (b.at < since) continue
      out.push({
        competitorId: s.competitorId,
        variantId: s.variantId,
        currencyCode: s.currencyCode,
        at: b.at,
        from: a,
        to: b,
        changePct: a.price !== b.price ? Math.round(((b.price - a.price) / a.price) * 10_000) / 100 : null,
      })
    }
  }
  return out.sort((x, y) => y.at - x.at || (x.competitorId < y.competitorId ? -1 : 1))
}
