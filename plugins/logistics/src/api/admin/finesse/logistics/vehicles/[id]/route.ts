import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../helpers"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const v: any = await one(svc.listFinesseLogisticsVehicles({ id: req.params.id }), "vehicle", req.params.id)
  await svc.softDeleteFinesseLogisticsVehicles(v.id)
  svc.invalidate()
  describeAudit(req, { action: "logistics.vehicle.deleted", summary: `Vehicle ${v.name} removed`, resource_type: "finesse_logistics_vehicle", resource_id: v.id })
  res.json({ id: v.id, object: "vehicle", deleted: true })
}
