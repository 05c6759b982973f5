import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { productOfVariants } from "../../../../../reads/medusa-prices"
import { actorOf, body, query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/limits — variants' MAP and own price bounds. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const [rows, count] = await svcOf(req).listAndCountFinessePricingVariantLimits(q.variant_id ? { variant_id: q.variant_id } : {}, { take: q.limit, skip: q.offset, order: { variant_id: "ASC" } })
  res.json({ limits: rows, count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/pricing/limits { limits: [{ variant_id, currency_code, map_price?, min_price?, max_price? }] } (minor units). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<{ limits: { variant_id: string; currency_code: string; map_price?: number | null; min_price?: number | null; max_price?: number | null }[] }>(req)
  const known = await productOfVariants(svcOf(req).connection(), b.limits.map((l) => l.variant_id))
  const i = b.limits.findIndex((l) => !known.has(l.variant_id))
  if (i >= 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `limits[${i}].variant_id: unknown variant ${b.limits[i].variant_id}`)
  const { rows } = await svcOf(req).upsertLimits(
    b.limits.map((l) => ({ variant_id: l.variant_id, currency_code: l.currency_code, map_price: l.map_price ?? null, min_price: l.min_price ?? null, max_price: l.max_price ?? null })),
    actorOf(req).actor_id
  )
  describeAudit(req, { action: "pricing.limits.updated", summary: `price limits (MAP, bounds) set for ${rows.length} variant price(s)`, resource_type: "finesse_pricing_variant_limit", changes: { variants: rows.slice(0, 50).map((r: any) => r.variant_id) } })
  res.json({ limits: rows })
}
