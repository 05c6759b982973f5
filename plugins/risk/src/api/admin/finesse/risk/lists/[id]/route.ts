import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { invalidateRiskSettings } from "../../../../../../engine/risk-settings"
import { riskOf } from "../../helpers"

/** DELETE /admin/finesse/risk/lists/:id — removes an entry; live for the next order. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const risk = riskOf(req)
  const [entry] = await risk.listFinesseRiskListEntries({ id: req.params.id })
  if (!entry) throw new MedusaError(MedusaError.Types.NOT_FOUND, `list entry ${req.params.id} was not found`)
  await risk.deleteFinesseRiskListEntries([entry.id])
  invalidateRiskSettings()
  describeAudit(req, {
    action: "risk.list.entry_removed",
    summary: `Removed a ${entry.kind} from the ${entry.list} list`,
    resource_type: "finesse_risk_list_entry",
    resource_id: entry.id,
    changes: { list: entry.list, kind: entry.kind },
  })
  res.json({ id: entry.id, object: "finesse_risk_list_entry", deleted: true })
}
