import { normalizeGtin, normalizeSku } from "./identifiers"

export type OwnVariantRef = { variantId: string; productId: string; sku?: string | null; gtin?: string | null }
export type CompetitorOffer = {
  competitorId: string
  /** the competitor's own id or URL for the product */
  offerId: string
  sku?: string | null
  gtin?: string | null
}
export type ManualMatch = { competitorId: string; offerId: string; variantId: string }

export type ProductMatch = {
  competitorId: string
  offerId: string
  variantId: string
  productId: string
  method: "manual" | "gtin" | "sku"
}

export type MatchResult = {
  matches: ProductMatch[]
  unmatched: CompetitorOffer[]
  /** an identifier shared by several of our variants: not matched automatically, because it would guess */
  ambiguous: { offer: CompetitorOffer; method: "gtin" | "sku"; variantIds: string[] }[]
}

/**
 * Matches competitors' offers to our variants: a manual match first, then an equal GTIN (normalised to 14
 * digits, check digit verified), then an equal normalised SKU. An identifier two of our variants share is
 * reported as ambiguous instead of matched.
 */
export function matchOffers(own: readonly OwnVariantRef[], offers: readonly CompetitorOffer[], manual: readonly ManualMatch[] = []): MatchResult {
  const byGtin = new Map<string, OwnVariantRef[]>()
  const bySku = new Map<string, OwnVariantRef[]>()
  const byVariant = new Map<string, OwnVariantRef>()
  const push = (m: Map<string, OwnVariantRef[]>, k: string, v: OwnVariantRef) => {
    const l = m.get(k)
    if (!l) m.set(k, [v])
    else if (!l.some((x) => x.variantId === v.variantId)) l.push(v)
  }
  for (const v of own) {
    byVariant.set(v.variantId, v)
    const g = normalizeGtin(v.gtin)
    if (g.ok) push(byGtin, g.gtin14, v)
    const s = normalizeSku(v.sku)
    if (s) push(bySku, s, v)
  }
  const manualKey = new Map<string, string>()
  for (const m of manual) manualKey.set(`${m.competitorId}\u0000${m.offerId}`, m.variantId)

  const result: MatchResult = { matches: [], unmatched: [], ambiguous: [] }
  for (const offer of offers) {
    const mv = manualKey.get(`${offer.competitorId}\u0000${offer.offerId}`)
    const mine = mv ? byVariant.get(mv) : undefined
    if (mine) {
      result.matches.push({ competitorId: offer.competitorId, offerId: offer.offerId, variantId: mine.variantId, productId: mine.productId, method: "manual" })
      continue
    }
    let done = false
    for (const method of ["gtin", "sku"] as const) {
      let key: string | null = null
      if (method === "gtin") {
        const g = normalizeGtin(offer.gtin)
        key = g.ok ? g.gtin14 : null
      } else key = normalizeSku(offer.sku)
      const hits = key ? (method === "gtin" ? byGtin : bySku).get(key) : undefined
      if (!hits) continue
      if (hits.length > 1) result.ambiguous.push({ offer, method, variantIds: hits.map((h) => h.variantId) })
      else result.matches.push({ competitorId: offer.competitorId, offerId: offer.offerId, variantId: hits[0].variantId, productId: hits[0].productId, method })
      done = true
      break
    }
    if (!done) result.unmatched.push(offer)
  }
  return result
}
