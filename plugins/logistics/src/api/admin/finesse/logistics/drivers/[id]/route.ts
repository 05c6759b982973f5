import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../helpers"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const d: any = await one(svc.listFinesseLogisticsDrivers({ id: req.params.id }), "driver", req.params.id)
  await svc.softDeleteFinesseLogisticsDrivers(d.id)
  describeAudit(req, { action: "logistics.driver.deleted", summary: "Driver removed", resource_type: "finesse_logistics_driver", resource_id: d.id })
  res.json({ id: d.id, object: "driver", deleted: true })
}
