import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertFinesseRole, describeAudit, finesseActor } from "@finesse/core/access"
import { approverAmountFor } from "../../../../../../../modules/finesse-risk/options"
import { approveReviewWorkflow } from "../../../../../../../workflows/review/approve-review"
import { riskOf } from "../../../helpers"
import type { AdminApproveBodyType } from "../../../validators"

/**
 * POST /admin/finesse/risk/assessments/:id/approve — releases a held order: its authorised payment is captured through
 * Medusa's capture workflow. An order of at least the configured amount needs the approver role.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminApproveBodyType>, res: MedusaResponse) {
  const risk = riskOf(req)
  const [a] = await risk.listFinesseRiskAssessments({ id: req.params.id })
  if (!a) throw new MedusaError(MedusaError.Types.NOT_FOUND, `risk assessment ${req.params.id} was not found`)
  const limit = approverAmountFor(risk.options(), a.currency_code)
  if (a.amount >= limit) await assertFinesseRole(req, "approver", `approving a held order of ${a.amount / 100} ${a.currency_code.toUpperCase()} (at least ${limit / 100})`)
  const actor = finesseActor(req)
  const { result } = await approveReviewWorkflow(req.scope).run({ input: { id: a.id, reviewed_by: actor.actor_id, note: req.validatedBody.note ?? null } })
  describeAudit(req, {
    action: "risk.review.approved",
    summary: `Approved held order ${result.order_id} (risk score ${result.score}); payment captured`,
    resource_type: "order",
    resource_id: result.order_id,
    changes: { assessment_id: result.id, score: result.score, captured_payments: result.captured },
  })
  res.json({ assessment: result })
}
