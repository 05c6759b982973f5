import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../../helpers"
import type { VehicleBodyType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<VehicleBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const r: any = await one(svc.listFinesseLogisticsFleetRegions({ id: req.params.id }), "fleet region", req.params.id)
  const vehicle: any = await svc.createFinesseLogisticsVehicles({ ...req.validatedBody, fleet_region_id: r.id } as any)
  svc.invalidate()
  describeAudit(req, { action: "logistics.vehicle.created", summary: `Vehicle ${vehicle.name} (${vehicle.capacity} units) in ${r.name}`, resource_type: "finesse_logistics_vehicle", resource_id: vehicle.id })
  res.status(201).json({ vehicle })
}
