import type { MedusaContainer } from "@medusajs/framework/types"
import { normalizeGtin, normalizeSku } from "../lib/competitors/identifiers"
import type { ObservationInsert } from "../modules/finesse-pricing/store/observations"
import { newIds, pgArray } from "../modules/finesse-pricing/store/bulk"
import { productOfVariants, variantIdentifiers } from "../reads/medusa-prices"
import { pricingDb, pricingService } from "./context"

/** One observation as the admin API, the CSV import and the fetchers hand it in. Price in minor units. */
export type IncomingObservation = {
  /** a competitor's id, or (CSV) its code */
  competitor: string
  variant_id?: string | null
  sku?: string | null
  gtin?: string | null
  offer_id?: string | null
  price: number
  currency_code: string
  in_stock?: boolean
  /** a Date, or its ISO string (workflow inputs arrive serialised) */
  observed_at?: Date | string | null
  url?: string | null
}

export type IngestRejection = { index: number; field: string; message: string }
export type IngestResult = { received: number; accepted: number; written: number; duplicates: number; matches_created: number; rejected: IngestRejection[] }

const IDENTIFIER_TTL_MS = 60_000
let identifierCache: { at: number; bySku: Map<string, string[]>; byGtin: Map<string, string[]>; product: Map<string, string> } | null = null

/** Our variants by normalised SKU and GTIN, read once a minute at most (only when an observation names no variant). */
async function identifiers(container: MedusaContainer) {
  if (identifierCache && Date.now() - identifierCache.at < IDENTIFIER_TTL_MS) return identifierCache
  const bySku = new Map<string, string[]>()
  const byGtin = new Map<string, string[]>()
  const product = new Map<string, string>()
  for (const v of await variantIdentifiers(pricingDb(container))) {
    product.set(v.id, v.product_id)
    const s = normalizeSku(v.sku)
    if (s) bySku.set(s, [...(bySku.get(s) ?? []), v.id])
    for (const g of v.gtins) {
      const n = normalizeGtin(g)
      if (n.ok && !(byGtin.get(n.gtin14) ?? []).includes(v.id)) byGtin.set(n.gtin14, [...(byGtin.get(n.gtin14) ?? []), v.id])
    }
  }
  identifierCache = { at: Date.now(), bySku, byGtin, product }
  return identifierCache
}

/** Forget the identifier cache (after variants were created in a test or by an import). */
export function resetIdentifierCache() {
  identifierCache = null
}

/**
 * Resolves and stores a batch of observations: the competitor by id or code, our variant by its id, the
 * competitor's offer id (a product match), a GTIN or a SKU; a pair not matched yet becomes a product match (manual
 * when the sender named our variant, gtin or sku when we found it), so the match list shows what is watched. A row that cannot be resolved is rejected with its index, field and reason; the others are
 * written in one bulk statement. `now` is the observed time of rows without one.
 */
export async function ingestObservations(container: MedusaContainer, rows: readonly IncomingObservation[], source: string, now: Date): Promise<IngestResult> {
  const svc = pricingService(container)
  const db = pricingDb(container)
  const competitors = await svc.listFinessePricingCompetitors({}, { take: 10_000 })
  const competitorOf = new Map<string, string>()
  for (const c of competitors as any[]) {
    competitorOf.set(c.id, c.id)
    competitorOf.set(String(c.code).toLowerCase(), c.id)
  }
  const rejected: IngestRejection[] = []
  const reject = (index: number, field: string, message: string) => rejected.push({ index, field, message })

  // what each row names, resolved in bulk
  const variantIds = rows.map((r) => r.variant_id).filter((v): v is string => !!v)
  const productOf = variantIds.length ? await productOfVariants(db, variantIds) : new Map<string, string>()
  const offerKeys = rows.filter((r) => !r.variant_id && r.offer_id).map((r) => [competitorOf.get(r.competitor.toLowerCase()) ?? competitorOf.get(r.competitor) ?? "", r.offer_id!] as const)
  const offerOf = new Map<string, { variant_id: string; product_id: string }>()
  if (offerKeys.length) {
    const r = await db.raw(
      `select competitor_id, offer_id, variant_id, product_id from finesse_pricing_product_match
       where offer_id = any(?::text[]) and active and deleted_at is null`,
      [pgArray([...new Set(offerKeys.map(([, o]) => o))])]
    )
    for (const m of r.rows) offerOf.set(`${m.competitor_id}|${m.offer_id}`, m)
  }
  const needIds = rows.some((r) => !r.variant_id && (r.sku || r.gtin))
  const ids = needIds ? await identifiers(container) : null

  const out: ObservationInsert[] = []
  const newMatches = new Map<string, { competitor_id: string; variant_id: string; product_id: string; method: "gtin" | "sku" | "manual"; gtin: string | null; sku: string | null; offer_id: string | null }>()
  rows.forEach((r, i) => {
    const competitor = competitorOf.get(r.competitor) ?? competitorOf.get(r.competitor.toLowerCase())
    if (!competitor) return reject(i, "competitor_id", `unknown competitor ${JSON.stringify(r.competitor)}`)
    let variant: string | null = null
    let product: string | null = null
    if (r.variant_id) {
      product = productOf.get(r.variant_id) ?? null
      if (!product) return reject(i, "variant_id", `unknown variant ${r.variant_id}`)
      variant = r.variant_id
      // the sender matched the offer to our variant itself: that is a manual match
      const key = `${competitor}|${variant}`
      if (!newMatches.has(key)) newMatches.set(key, { competitor_id: competitor, variant_id: variant, product_id: product, method: "manual", gtin: null, sku: null, offer_id: r.offer_id ?? null })
    } else if (r.offer_id && offerOf.has(`${competitor}|${r.offer_id}`)) {
      const m = offerOf.get(`${competitor}|${r.offer_id}`)!
      ;[variant, product] = [m.variant_id, m.product_id]
    } else if (r.gtin || r.sku) {
      const g = r.gtin ? normalizeGtin(r.gtin) : null
      if (g && !g.ok) return reject(i, "gtin", g.reason)
      const hitsG = g && g.ok ? ids!.byGtin.get(g.gtin14) : undefined
      const s = normalizeSku(r.sku)
      const hitsS = !hitsG && s ? ids!.bySku.get(s) : undefined
      const hits = hitsG ?? hitsS
      if (!hits) return reject(i, r.gtin ? "gtin" : "sku", `no variant of ours has ${r.gtin ? `GTIN ${r.gtin}` : `SKU ${r.sku}`}`)
      if (hits.length > 1) return reject(i, hitsG ? "gtin" : "sku", `${hits.length} of our variants share ${hitsG ? `GTIN ${r.gtin}` : `SKU ${r.sku}`}: match the offer by hand`)
      variant = hits[0]
      product = ids!.product.get(variant)!
      const method = hitsG ? "gtin" : "sku"
      newMatches.set(`${competitor}|${variant}`, { competitor_id: competitor, variant_id: variant, product_id: product, method, gtin: g && g.ok ? g.gtin14 : null, sku: s, offer_id: r.offer_id ?? null })
    } else if (r.offer_id) {
      return reject(i, "offer_id", `no product match for offer ${r.offer_id} of this competitor`)
    } else {
      return reject(i, "variant_id", "one of variant_id, offer_id, gtin or sku is required")
    }
    const currency = r.currency_code.toLowerCase()
    if (!/^[a-z]{3}$/.test(currency)) return reject(i, "currency_code", `${JSON.stringify(r.currency_code)} is not an ISO 4217 code`)
    if (!Number.isInteger(r.price) || r.price <= 0) return reject(i, "price", `price must be a positive integer in minor units, got ${r.price}`)
    const at = r.observed_at ? new Date(r.observed_at) : now
    if (Number.isNaN(at.getTime())) return reject(i, "observed_at", `${JSON.stringify(r.observed_at)} is not a date-time`)
    if (at.getTime() > now.getTime() + 60_000) return reject(i, "observed_at", `${at.toISOString()} is in the future`)
    out.push({ competitor_id: competitor, variant_id: variant!, product_id: product!, currency_code: currency, price: r.price, in_stock: r.in_stock ?? true, observed_at: at, source, offer_id: r.offer_id ?? null, url: r.url ?? null })
  })
  let matchesCreated = 0
  if (newMatches.size) {
    const m = [...newMatches.values()]
    const r = await db.raw(
      `insert into finesse_pricing_product_match (id, competitor_id, variant_id, product_id, offer_id, method, gtin, sku)
       select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
       on conflict (competitor_id, variant_id) where deleted_at is null do nothing`,
      [pgArray(newIds("fpmat", m.length)), pgArray(m.map((x) => x.competitor_id)), pgArray(m.map((x) => x.variant_id)), pgArray(m.map((x) => x.product_id)), pgArray(m.map((x) => x.offer_id)), pgArray(m.map((x) => x.method)), pgArray(m.map((x) => x.gtin)), pgArray(m.map((x) => x.sku))]
    )
    matchesCreated = r.rowCount ?? 0
  }

  const { written, duplicates } = out.length ? await svc.upsertObservations(out) : { written: 0, duplicates: 0 }
  return { received: rows.length, accepted: out.length, written, duplicates, matches_created: matchesCreated, rejected }
}
