import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getEngine } from "../../../../../../serving/engine"

/**
 * GET /admin/finesse/recommendations/products/:id — the product page widget: this product's "bought together" and
 * "similar" lists as its sales channel shows them (the store's default when the product is in it), even while the
 * product is a draft.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const engine = getEngine()
  const channel = (await engine.channelForProduct(req.params.id)) ?? (await engine.storeDefaultChannel())
  if (!channel) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  const limit = Math.min(12, Math.max(1, Number(req.query.limit ?? 6) || 6))
  const ask = (placement: "bought_together" | "similar") =>
    engine.recommend({ placement, limit, productId: req.params.id, customerId: null, anonymousId: null, salesChannelIds: [channel], anyAnchor: true })
  const [bought_together, similar] = await Promise.all([ask("bought_together"), ask("similar")])
  res.json({ product_recommendations: { product_id: req.params.id, model_version: similar.model_version, bought_together, similar } })
}
