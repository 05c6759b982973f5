import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { normalizeGtin } from "../../../../../lib/competitors/identifiers"
import { matchOffers } from "../../../../../lib/competitors/match-products"
import { productOfVariants, variantIdentifiers } from "../../../../../reads/medusa-prices"
import { competitorWorkflows, matchWorkflows } from "../../../../../workflows/common/entity-steps"
import { actorOf, body, query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/matches — our variants matched to competitors' offers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const filter: Record<string, unknown> = {}
  for (const k of ["competitor_id", "variant_id", "product_id"]) if (q[k]) filter[k] = q[k]
  const [rows, count] = await svcOf(req).listAndCountFinessePricingProductMatches(filter, { take: q.limit, skip: q.offset, order: { created_at: "DESC" } })
  res.json({ matches: rows, count, offset: q.offset, limit: q.limit })
}

/**
 * POST /admin/finesse/pricing/matches — matches an offer to our variant: by hand (variant_id), or by GTIN / SKU
 * (the same identifiers the ingest uses; an identifier several of our variants share is refused, not guessed).
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body(req)
  await competitorWorkflows.retrieve(req.scope, b.competitor_id)
  if (b.gtin) {
    // stored as GTIN-14, the form fetchers' URL templates and the ingest compare
    const g = normalizeGtin(b.gtin)
    if (!g.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, `gtin: ${g.reason}`)
    b.gtin = g.gtin14
  }
  const db = svcOf(req).connection()
  let variantId: string
  let productId: string
  let method: "manual" | "gtin" | "sku" = "manual"
  if (b.variant_id) {
    const p = (await productOfVariants(db, [b.variant_id])).get(b.variant_id)
    if (!p) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${b.variant_id} was not found`)
    ;[variantId, productId] = [b.variant_id, p]
  } else {
    const own = (await variantIdentifiers(db)).map((v) => ({ variantId: v.id, productId: v.product_id, sku: v.sku, gtin: v.gtins[0] ?? null }))
    const r = matchOffers(own, [{ competitorId: b.competitor_id, offerId: b.offer_id ?? "offer", sku: b.sku, gtin: b.gtin }])
    if (r.ambiguous.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${r.ambiguous[0].method}: ${r.ambiguous[0].variantIds.length} of our variants share it; match by variant_id instead`)
    const m = r.matches[0]
    if (!m) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${b.gtin ? "gtin" : "sku"}: no variant of ours has ${b.gtin ? `GTIN ${b.gtin}` : `SKU ${b.sku}`}`)
    ;[variantId, productId, method] = [m.variantId, m.productId, m.method as "gtin" | "sku"]
  }
  const [existing] = await svcOf(req).listFinessePricingProductMatches({ competitor_id: b.competitor_id, variant_id: variantId }, { take: 1 })
  if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `variant ${variantId} is already matched to this competitor (${existing.id})`)
  const { result } = await matchWorkflows.create(req.scope).run({
    input: { competitor_id: b.competitor_id, variant_id: variantId, product_id: productId, offer_id: b.offer_id ?? null, method, gtin: b.gtin ?? null, sku: b.sku ?? null, url: b.url ?? null, created_by: actorOf(req).actor_id },
  })
  describeAudit(req, { action: "pricing.match.created", summary: `offer ${b.offer_id ?? "(no id)"} matched to variant ${variantId} by ${method}`, resource_type: "finesse_pricing_product_match", resource_id: result.id, changes: { competitor_id: b.competitor_id, variant_id: variantId, method } })
  res.status(201).json({ match: result })
}
