import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { cancelReviewWorkflow } from "../../../../../../../workflows/review/cancel-review"
import type { AdminCancelBodyType } from "../../../validators"

/** POST /admin/finesse/risk/assessments/:id/cancel — cancels a held order through Medusa (the authorisation is voided). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelBodyType>, res: MedusaResponse) {
  const actor = finesseActor(req)
  const { result } = await cancelReviewWorkflow(req.scope).run({
    input: { id: req.params.id, reviewed_by: actor.actor_id, fraud: req.validatedBody.fraud, note: req.validatedBody.note ?? null },
  })
  describeAudit(req, {
    action: "risk.review.cancelled",
    summary: `Cancelled held order ${result.order_id} (risk score ${result.score})${result.fraud ? ", marked as fraud" : ""}`,
    resource_type: "order",
    resource_id: result.order_id,
    changes: { assessment_id: result.id, score: result.score, fraud: result.fraud },
  })
  res.json({ assessment: result })
}
