import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteLeadTimesWorkflow } from "../../../../../../workflows/lead-times/save-lead-times"

/** DELETE /admin/finesse/catalog/lead-times/:id → { id, deleted: true }; the variant falls back to the policy's default. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await deleteLeadTimesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  if (!result.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `no lead time ${req.params.id}`)
  const r = result[0]
  describeAudit(req, { action: "catalog.lead_time.deleted", summary: `Lead time of ${r.sku ?? r.variant_id} deleted (${r.lead_time_days} days)`, resource_type: "finesse_catalog_lead_time", resource_id: r.id, changes: { variant_id: r.variant_id, location_id: r.location_id, lead_time_days: r.lead_time_days } })
  res.json({ id: r.id, object: "lead_time", deleted: true })
}
