import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { responseRuleWorkflows } from "../../../../../../workflows/common/entity-steps"
import { body } from "../../helpers"

/** POST /admin/finesse/pricing/response-rules/:id — replaces a rule. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body(req)
  const { result } = await responseRuleWorkflows.update(req.scope).run({ input: { id: req.params.id, ...b } })
  describeAudit(req, { action: "pricing.response_rule.updated", summary: `response rule "${b.name}" changed`, resource_type: "finesse_pricing_response_rule", resource_id: req.params.id, changes: b })
  res.json({ response_rule: result })
}

/** DELETE /admin/finesse/pricing/response-rules/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const before = await responseRuleWorkflows.retrieve(req.scope, req.params.id)
  await responseRuleWorkflows.remove(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, { action: "pricing.response_rule.deleted", summary: `response rule "${before.name}" removed`, resource_type: "finesse_pricing_response_rule", resource_id: req.params.id })
  res.json({ id: req.params.id, object: "finesse_pricing_response_rule", deleted: true })
}
