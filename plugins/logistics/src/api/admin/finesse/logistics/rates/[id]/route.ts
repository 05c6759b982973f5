import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../helpers"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const r: any = await one(svc.listFinesseLogisticsRates({ id: req.params.id }), "rate", req.params.id)
  await svc.softDeleteFinesseLogisticsRates(r.id)
  svc.invalidate()
  describeAudit(req, { action: "logistics.rate.deleted", summary: `Rate ${r.carrier_code} ${r.service} to ${r.dest_country.toUpperCase()} removed`, resource_type: "finesse_logistics_rate", resource_id: r.id })
  res.json({ id: r.id, object: "rate", deleted: true })
}
