import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { one, svcOf } from "../../helpers"
import type { UpdateFleetRegionBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const region: any = await one(svc.listFinesseLogisticsFleetRegions({ id: req.params.id }), "fleet region", req.params.id)
  const [vehicles, drivers] = await Promise.all([svc.listFinesseLogisticsVehicles({ fleet_region_id: region.id }), svc.listFinesseLogisticsDrivers({ fleet_region_id: region.id })])
  res.json({ fleet_region: { ...region, vehicles, drivers } })
}

export async function POST(req: AuthenticatedMedusaRequest<UpdateFleetRegionBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const r: any = await one(svc.listFinesseLogisticsFleetRegions({ id: req.params.id }), "fleet region", req.params.id)
  const region = await svc.updateFinesseLogisticsFleetRegions({ id: r.id, ...req.validatedBody } as any)
  svc.invalidate()
  describeAudit(req, { action: "logistics.fleet_region.updated", summary: `Own-fleet region ${r.name}: ${Object.keys(req.validatedBody).join(", ")}`, resource_type: "finesse_logistics_fleet_region", resource_id: r.id, changes: req.validatedBody as Record<string, unknown> })
  res.json({ fleet_region: region })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const r: any = await one(svc.listFinesseLogisticsFleetRegions({ id: req.params.id }), "fleet region", req.params.id)
  await svc.softDeleteFinesseLogisticsFleetRegions(r.id)
  svc.invalidate()
  describeAudit(req, { action: "logistics.fleet_region.deleted", summary: `Own-fleet region ${r.name} removed`, resource_type: "finesse_logistics_fleet_region", resource_id: r.id })
  res.json({ id: r.id, object: "fleet_region", deleted: true })
}
