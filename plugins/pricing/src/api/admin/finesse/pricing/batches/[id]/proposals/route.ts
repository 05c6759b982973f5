import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { productSummaries } from "../../../../../../../reads/medusa-prices"
import { batchOr404, query, svcOf } from "../../../helpers"

/** GET /admin/finesse/pricing/batches/:id/proposals?status=pending,blocked — a page of the batch's proposals with product titles. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await batchOr404(req, req.params.id)
  const q = query(req)
  const svc = svcOf(req)
  const filter: Record<string, unknown> = { batch_id: req.params.id }
  if (q.status) filter.status = q.status
  if (q.product_id) filter.product_id = q.product_id
  if (q.variant_id) filter.variant_id = q.variant_id
  const order: any = q.order === "product" ? { product_id: "ASC", id: "ASC" } : { step_pct: q.order === "step" ? "ASC" : "DESC", id: "ASC" }
  const [rows, count] = await svc.listAndCountFinessePricingProposals(filter, { take: q.limit, skip: q.offset, order })
  const titles = await productSummaries(svc.connection(), [...new Set(rows.map((r: any) => r.product_id))])
  res.json({ proposals: rows.map((r: any) => ({ ...r, product_title: titles.get(r.product_id)?.title ?? null })), count, offset: q.offset, limit: q.limit })
}
