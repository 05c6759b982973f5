import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchOr404, query, svcOf } from "../../../helpers"

/** GET /admin/finesse/pricing/batches/:id/changes — the prices the batch wrote (old, new, who, when; rolled back or not). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await batchOr404(req, req.params.id)
  const q = query(req)
  const [rows, count] = await svcOf(req).listAndCountFinessePricingPriceChanges({ batch_id: req.params.id }, { take: q.limit, skip: q.offset, order: { variant_id: "ASC", currency_code: "ASC" } })
  res.json({ changes: rows, count, offset: q.offset, limit: q.limit })
}
