import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productSummaries } from "../../../../../reads/medusa-prices"
import { query, svcOf } from "../helpers"

/** GET /admin/finesse/pricing/alerts?status=open&code=price_war — price wars first, then critical, warning, info; newest first within. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = query(req)
  const svc = svcOf(req)
  const filter: Record<string, unknown> = { status: q.status ?? ["open", "acknowledged"] }
  if (q.code) filter.code = q.code
  if (q.product_id) filter.product_id = q.product_id
  const [rows, count] = await svc.listAlerts(filter as any, q.limit, q.offset)
  const titles = await productSummaries(svc.connection(), [...new Set<string>(rows.map((r: any) => r.product_id as string))])
  res.json({ alerts: rows.map((r: any) => ({ ...r, product_title: titles.get(r.product_id)?.title ?? null })), count, offset: q.offset, limit: q.limit })
}
