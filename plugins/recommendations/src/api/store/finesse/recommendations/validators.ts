import { z } from "@medusajs/framework/zod"
import { API_PLACEMENTS, PLACEMENTS } from "../../../../lib/serving/placements"

const id = z.string().min(1).max(128)

/**
 * GET /store/finesse/recommendations query. The anchor a placement needs is required: `product_id` for similar and
 * bought_together, `cart_id` for complete_your_order, `order_id` for post_purchase. `anonymous_id` (or the
 * `x-finesse-anonymous-id` header) is the storefront tracker's browser id: anonymous visitors get recommendations
 * from their session and a stable experiment arm.
 */
export const StoreRecommendationsQuery = z
  .object({
    placement: z.enum(API_PLACEMENTS),
    product_id: id.optional(),
    cart_id: id.optional(),
    order_id: id.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
    region_id: id.optional(),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/, "expected an ISO 4217 currency code").optional(),
    anonymous_id: z.string().min(1).max(128).optional(),
    sales_channel_id: id.optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    const anchor = PLACEMENTS[q.placement].anchor
    if (anchor && !q[anchor]) ctx.addIssue({ code: "custom", path: [anchor], message: `required for placement ${q.placement}` })
  })

export type StoreRecommendationsQueryType = z.infer<typeof StoreRecommendationsQuery>
