import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { service } from "../../../../../engine/case-change"
import { namesFor } from "../../../../../reads/names"

const TOP = 20

/**
 * GET /admin/finesse/after-sales/complaints: the latest complaint analysis (topics with their trend, products and
 * categories with the highest complaint and return rates, what changed against the previous window), with names.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const db = service(req.scope).db()
  const a = await db("finesse_after_sales_analysis").where({ kind: "complaints" }).whereNull("deleted_at").orderBy("created_at", "desc").first()
  if (!a) return res.json({ complaints: null })
  const r = a.result
  const cut = (xs: any[]) => (xs ?? []).slice(0, TOP)
  const productRates = cut(r.productRates)
  const returnRates = cut(r.returnRates)
  const productChanges = cut(r.productChanges)
  const returnChanges = cut(r.returnChanges)
  const categoryRates = cut(r.categoryRates)
  const categoryChanges = cut(r.categoryChanges)
  const names = await namesFor(req.scope, {
    products: [...productRates, ...returnRates, ...productChanges, ...returnChanges].map((x: any) => x.key),
    categories: [...categoryRates, ...categoryChanges].map((x: any) => x.key),
  })
  const p = (x: any) => ({ ...x, label: names.products[x.key] ?? x.key })
  const c = (x: any) => ({ ...x, label: names.categories[x.key] ?? x.key })
  res.json({
    complaints: {
      id: a.id,
      computed_at: new Date(a.created_at).toISOString(),
      window_days: r.window_days,
      window: { from: new Date(r.window.from).toISOString(), to: new Date(r.window.to).toISOString(), previous_from: new Date(r.window.previousFrom).toISOString() },
      counts: r.counts,
      k: r.k,
      silhouette_by_k: r.silhouetteByK,
      topics: r.topics,
      trend: r.trend.map((t: any) => ({ ...t, start: new Date(t.start).toISOString() })),
      product_rates: productRates.map(p),
      return_rates: returnRates.map(p),
      product_changes: productChanges.map(p),
      return_changes: returnChanges.map(p),
      category_rates: categoryRates.map(c),
      category_changes: categoryChanges.map(c),
    },
  })
}
