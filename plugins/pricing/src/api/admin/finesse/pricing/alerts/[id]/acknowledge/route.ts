import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { actorOf, svcOf } from "../../../helpers"

/** POST /admin/finesse/pricing/alerts/:id/acknowledge — someone looked at it (it stays until the situation is over). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const [alert] = await svc.listFinessePricingAlerts({ id: req.params.id }, { take: 1 })
  if (!alert) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Alert with id: ${req.params.id} was not found`)
  const updated = await svc.updateFinessePricingAlerts({ id: alert.id, status: alert.status === "open" ? "acknowledged" : alert.status, acknowledged_by: actorOf(req).actor_id })
  describeAudit(req, { action: "pricing.alert.acknowledged", summary: `alert acknowledged: ${alert.message}`, resource_type: "finesse_pricing_alert", resource_id: alert.id })
  res.json({ alert: updated })
}
