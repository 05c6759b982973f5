import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertFinesseRole, describeAudit } from "@finesse/core/access"
import { applyPricingBatchWorkflow } from "../../../../../../../workflows/batches/apply-batch"
import { actorOf, batchOr404, svcOf } from "../../../helpers"

/**
 * POST /admin/finesse/pricing/batches/:id/apply — writes the approved and auto-approved proposals into the Finesse
 * price list (a Medusa workflow; storefronts see the prices at once). A batch whose largest step is above the
 * approver threshold needs the approver role; refused (409) while the kill switch is on.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await batchOr404(req, req.params.id)
  const svc = svcOf(req)
  const [settings, step] = await Promise.all([svc.getSettings(), svc.maxApplicableStep(batch.id)])
  if (step > settings.approver_step_pct) await assertFinesseRole(req, "approver", `applying batch #${batch.number} with a price change of ${step} % (above ${settings.approver_step_pct} %)`)
  const actor = actorOf(req)
  const { result } = await applyPricingBatchWorkflow(req.scope).run({ input: { batch_id: batch.id, ...actor } })
  // the workflow records its own, detailed audit entry
  describeAudit(req, { action: "pricing.batch.applied", summary: `batch #${batch.number} applied`, record: false })
  res.json({ batch: result.batch, applied: result.applied, stale: result.stale, expired: result.expired })
}
