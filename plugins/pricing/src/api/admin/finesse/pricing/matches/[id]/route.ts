import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { matchWorkflows } from "../../../../../../workflows/common/entity-steps"

/** DELETE /admin/finesse/pricing/matches/:id */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const before = await matchWorkflows.retrieve(req.scope, req.params.id)
  await matchWorkflows.remove(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, { action: "pricing.match.deleted", summary: `match of variant ${before.variant_id} removed`, resource_type: "finesse_pricing_product_match", resource_id: req.params.id })
  res.json({ id: req.params.id, object: "finesse_pricing_product_match", deleted: true })
}
