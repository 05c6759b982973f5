import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit } from "@finesse/core/access"
import { svcOf } from "../helpers"
import type { FleetRegionBodyType, PageQueryType } from "../validators"

/** GET /admin/finesse/logistics/fleet-regions — own-fleet regions with their vehicles and drivers. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset } = req.validatedQuery as PageQueryType
  const svc = svcOf(req)
  const [regions, count] = await svc.listAndCountFinesseLogisticsFleetRegions({}, { skip: offset, take: limit, order: { created_at: "ASC" } })
  const ids = regions.map((r: any) => r.id)
  const [vehicles, drivers] = await Promise.all([
    ids.length ? svc.listFinesseLogisticsVehicles({ fleet_region_id: ids }, { order: { name: "ASC" } }) : [],
    ids.length ? svc.listFinesseLogisticsDrivers({ fleet_region_id: ids }, { order: { name: "ASC" } }) : [],
  ])
  res.json({
    fleet_regions: regions.map((r: any) => ({ ...r, vehicles: vehicles.filter((v: any) => v.fleet_region_id === r.id), drivers: drivers.filter((d: any) => d.fleet_region_id === r.id) })),
    count,
    offset,
    limit,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<FleetRegionBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const [depot] = await svc.listFinesseLogisticsLocations({ stock_location_id: req.validatedBody.depot_location_id })
  if (!depot) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: depot_location_id: ${req.validatedBody.depot_location_id} is not a stock location with routing facts`)
  const region: any = await svc.createFinesseLogisticsFleetRegions(req.validatedBody as any)
  svc.invalidate()
  describeAudit(req, { action: "logistics.fleet_region.created", summary: `Own-fleet region ${region.name} from ${depot.name} (${region.policy})`, resource_type: "finesse_logistics_fleet_region", resource_id: region.id, changes: { countries: region.countries, postcode_prefixes: region.postcode_prefixes, policy: region.policy } })
  res.status(201).json({ fleet_region: region })
}
