import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getEngine } from "../../../../serving/engine"
import type { StoreRecommendationsQueryType } from "./validators"

export const ANONYMOUS_ID_HEADER = "x-finesse-anonymous-id"

/**
 * GET /store/finesse/recommendations — recommended products for a placement, priced for the caller's region
 * (`region_id`, else the cart's or order's region, else the first region of `currency_code`), only published,
 * in stock and in the publishable key's sales channel, with a `recommendation_id` to send back with the
 * storefront's recommendation_shown / recommendation_clicked events.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreRecommendationsQueryType>, res: MedusaResponse) {
  const q = req.validatedQuery as unknown as StoreRecommendationsQueryType
  const channels = (req as unknown as { publishable_key_context?: { sales_channel_ids?: string[] } }).publishable_key_context?.sales_channel_ids ?? []
  const headerAnon = req.get(ANONYMOUS_ID_HEADER)
  const body = await getEngine().recommendJson({
    placement: q.placement,
    limit: q.limit,
    productId: q.product_id,
    cartId: q.cart_id,
    orderId: q.order_id,
    customerId: req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null,
    anonymousId: q.anonymous_id ?? (headerAnon && headerAnon.length <= 128 ? headerAnon : null),
    salesChannelIds: channels,
    salesChannelId: q.sales_channel_id,
    regionId: q.region_id,
    currencyCode: q.currency_code,
  })
  res.setHeader("Cache-Control", "private, no-store")
  res.setHeader("Content-Type", "application/json; charset=utf-8")
  // the body is built from a cached, already serialised list (see RecommendationEngine.recommendJson)
  res.status(200).send(body)
}
