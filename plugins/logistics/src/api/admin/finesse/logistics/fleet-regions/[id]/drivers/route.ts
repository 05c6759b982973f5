import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../../helpers"
import type { DriverBodyType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<DriverBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const r: any = await one(svc.listFinesseLogisticsFleetRegions({ id: req.params.id }), "fleet region", req.params.id)
  if (req.validatedBody.vehicle_id) {
    const [v] = await svc.listFinesseLogisticsVehicles({ id: req.validatedBody.vehicle_id, fleet_region_id: r.id })
    if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: vehicle_id: not a vehicle of ${r.name}`)
  }
  const driver: any = await svc.createFinesseLogisticsDrivers({ ...req.validatedBody, fleet_region_id: r.id } as any)
  describeAudit(req, { action: "logistics.driver.created", summary: `Driver added to ${r.name}`, resource_type: "finesse_logistics_driver", resource_id: driver.id })
  res.status(201).json({ driver })
}
