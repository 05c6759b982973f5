import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../../helpers"

/** POST — marks an alert handled; the rule raises it again if the condition persists at the next check. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const a: any = await one(svc.listFinesseLogisticsAlerts({ id: req.params.id }), "alert", req.params.id)
  const alert = await svc.updateFinesseLogisticsAlerts({ id: a.id, status: "resolved", resolved_at: new Date() })
  describeAudit(req, { action: "logistics.alert.resolved", summary: `Alert resolved: ${a.message}`, resource_type: "finesse_logistics_alert", resource_id: a.id })
  res.json({ alert })
}
