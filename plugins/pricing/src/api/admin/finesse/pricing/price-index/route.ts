import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { priceIndex } from "../../../../../engine/price-index"
import { query } from "../helpers"

/** GET /admin/finesse/pricing/price-index?currency_code&anchor&max_age_days&category_id — per category, and a page of products. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const r = await priceIndex(req.scope, { now: new Date(), currency: q.currency_code ?? null, maxAgeDays: q.max_age_days, anchor: q.anchor })
  const products = q.category_id ? r.products.filter((p) => p.category_id === q.category_id) : r.products
  res.json({
    price_index: { currency_code: r.currency_code, anchor: r.anchor, max_age_days: r.max_age_days, categories: r.categories },
    products: products.slice(q.offset, q.offset + q.limit),
    count: products.length,
    offset: q.offset,
    limit: q.limit,
  })
}
