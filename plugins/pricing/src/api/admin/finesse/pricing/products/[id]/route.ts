import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productPricingView } from "../../../../../../engine/product-view"
import { query } from "../../helpers"

/** GET /admin/finesse/pricing/products/:id — the product widget: price history (own, cost, competitors), elasticity, index, changes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  res.json({ product_pricing: await productPricingView(req.scope, req.params.id, { now: new Date(), variantId: q.variant_id ?? null, currency: q.currency_code ?? null, days: q.days }) })
}
