import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PLANNING_CHECKS } from "../../../../../lib"

const TEMPLATES = [
  { code: "flash_sale", title: "Flash sale", description: "A percentage off for a few days, automatic, on chosen products or the whole order.", args: ["percentage", "product_ids?", "automatic?"] },
  { code: "tiered_spend", title: "Spend X, save Y", description: "Tiers of a fixed amount off above spend thresholds; a basket gets one tier.", args: ["tiers[].min_subtotal", "tiers[].amount_off"] },
  { code: "coupon", title: "Coupon code", description: "A code customers type: percentage or fixed, a minimum spend, a per-customer and a total limit.", args: ["type", "value", "min_subtotal?", "per_customer_limit?", "usage_limit?"] },
  { code: "bundle", title: "Bundle (buy X get Y)", description: "Buy a number of these products, get some of those at a discount (100 % = free).", args: ["buy_product_ids", "buy_quantity", "get_product_ids", "get_quantity", "percentage"] },
  { code: "free_shipping", title: "Free shipping", description: "Shipping free above a spend.", args: ["min_subtotal?"] },
]

/** GET /admin/finesse/promotions/templates — the templates and the pre-launch checks with their stable codes. */
export async function GET(_req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({
    templates: TEMPLATES,
    checks: Object.values(PLANNING_CHECKS).map((c) => ({ code: c.code, title: c.title, description: c.description })),
  })
}
