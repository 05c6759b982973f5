import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchEffect } from "../../../../../../../engine/effect"
import { batchOr404 } from "../../../helpers"

/** GET /admin/finesse/pricing/batches/:id/effect — what the batch's price changes did to units, revenue and margin (vs matched controls). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await batchOr404(req, req.params.id)
  res.json({ effect: { batch_id: batch.id, status: batch.status, ...(await batchEffect(req.scope, batch.id, new Date())) } })
}
