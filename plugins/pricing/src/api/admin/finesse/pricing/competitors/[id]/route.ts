import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { competitorWorkflows } from "../../../../../../workflows/common/entity-steps"
import { body } from "../../helpers"

/** GET /admin/finesse/pricing/competitors/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ competitor: await competitorWorkflows.retrieve(req.scope, req.params.id) })
}

/** POST /admin/finesse/pricing/competitors/:id */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = body(req)
  const { result } = await competitorWorkflows.update(req.scope).run({ input: { id: req.params.id, ...b } })
  describeAudit(req, { action: "pricing.competitor.updated", summary: `competitor ${result.code} changed: ${Object.keys(b).join(", ")}`, resource_type: "finesse_pricing_competitor", resource_id: req.params.id, changes: { fields: Object.keys(b) } })
  res.json({ competitor: result })
}

/** DELETE /admin/finesse/pricing/competitors/:id — its observations stay (history), but no strategy reads them any more. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const before = await competitorWorkflows.retrieve(req.scope, req.params.id)
  await competitorWorkflows.remove(req.scope).run({ input: { id: req.params.id } })
  describeAudit(req, { action: "pricing.competitor.deleted", summary: `competitor ${before.code} removed`, resource_type: "finesse_pricing_competitor", resource_id: req.params.id })
  res.json({ id: req.params.id, object: "finesse_pricing_competitor", deleted: true })
}
