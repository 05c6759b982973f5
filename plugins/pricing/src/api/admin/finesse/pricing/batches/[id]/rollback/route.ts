import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { rollbackPricingBatchWorkflow } from "../../../../../../../workflows/batches/rollback-batch"
import { actorOf, batchOr404 } from "../../../helpers"

/** POST /admin/finesse/pricing/batches/:id/rollback — puts every price the batch wrote back to exactly what it was. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await batchOr404(req, req.params.id)
  const { result } = await rollbackPricingBatchWorkflow(req.scope).run({ input: { batch_id: batch.id, ...actorOf(req) } })
  describeAudit(req, { action: "pricing.batch.rolled_back", summary: `batch #${batch.number} rolled back`, record: false })
  res.json({ batch: result.batch, restored: result.restored })
}
