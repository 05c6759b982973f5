import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { assignmentWorkflows } from "../../../../../../workflows/common/entity-steps"
import { actorOf, body } from "../../helpers"
import type { AssignmentBodyType } from "../../validators"

/** POST /admin/finesse/pricing/assignments/:id — replaces an assignment. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body<AssignmentBodyType>(req)
  const before = await assignmentWorkflows.retrieve(req.scope, req.params.id)
  const { result } = await assignmentWorkflows.update(req.scope).run({ input: { id: req.params.id, ...b, updated_by: actorOf(req).actor_id } })
  describeAudit(req, {
    action: "pricing.assignment.updated",
    summary: `strategy assignment ${req.params.id} changed to ${b.strategy} on ${b.scope}${b.scope_id ? ` ${b.scope_id}` : ""}`,
    resource_type: "finesse_pricing_assignment",
    resource_id: req.params.id,
    changes: { before: { strategy: before.strategy, args: before.args, enabled: before.enabled }, after: { strategy: b.strategy, args: b.args, enabled: b.enabled } },
  })
  res.json({ assignment: result })
}

/** DELETE /admin/finesse/pricing/assignments/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const before = await assignmentWorkflows.retrieve(req.scope, req.params.id)
  await assignmentWorkflows.remove(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, {
    action: "pricing.assignment.deleted",
    summary: `strategy assignment ${before.strategy} on ${before.scope}${before.scope_id ? ` ${before.scope_id}` : ""} removed`,
    resource_type: "finesse_pricing_assignment",
    resource_id: req.params.id,
  })
  res.json({ id: req.params.id, object: "finesse_pricing_assignment", deleted: true })
}
