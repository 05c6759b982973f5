import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getEngine } from "../../../../../serving/engine"
import type { PreviewQueryType } from "../validators"

/**
 * GET /admin/finesse/recommendations/preview — what a placement shows a chosen customer (or an anonymous visitor)
 * on a chosen product, cart or order: the same pipeline as the store endpoint, in the sales channel given, else the
 * product's (the default one when it is in it), else the store's default; optionally with a forced strategy.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as PreviewQueryType
  const engine = getEngine()
  const channel = q.sales_channel_id ?? (q.product_id ? await engine.channelForProduct(q.product_id) : null) ?? (await engine.storeDefaultChannel())
  if (!channel) throw new MedusaError(MedusaError.Types.INVALID_DATA, "sales_channel_id: the store has no sales channel")
  const recommendation = await engine.recommend({
    placement: q.placement,
    limit: q.limit,
    productId: q.product_id,
    cartId: q.cart_id,
    orderId: q.order_id,
    customerId: q.customer_id ?? null,
    anonymousId: q.anonymous_id ?? null,
    salesChannelIds: [channel],
    regionId: q.region_id,
    strategy: q.strategy,
    anyAnchor: true,
  })
  res.json({ recommendation })
}
