import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { rerouteJob } from "../../../../../../queues/reroute/definition"
import { one, svcOf } from "../../helpers"
import type { UpdateLocationBodyType } from "../../validators"

/**
 * POST /admin/finesse/logistics/locations/:id — coordinates, markets, daily capacity, rank, cut-off, on/off (id
 * is the routing row's or the stock location's). Switching a location off re-routes the orders reserved there.
 */
export async function POST(req: AuthenticatedMedusaRequest<UpdateLocationBodyType>, res: MedusaResponse) {
  const svc = svcOf(req)
  const id = req.params.id
  const row: any = await one(svc.listFinesseLogisticsLocations(id.startsWith("flloc") ? { id } : { stock_location_id: id }), "location", id)
  const b = req.validatedBody
  const patch: Record<string, unknown> = { ...b }
  if (b.lat !== undefined || b.lng !== undefined) patch.geocode_source = "manual"
  const updated: any = await svc.updateFinesseLogisticsLocations({ id: row.id, ...patch })
  svc.invalidate()
  let job = null
  if (row.active && b.active === false) {
    job = await rerouteJob.enqueue(req.scope, { location_id: row.stock_location_id, all: true, run: `off-${Date.now()}` })
  }
  describeAudit(req, {
    action: "logistics.location.updated",
    summary: `${row.name}: ${Object.keys(b).join(", ")} changed${job ? "; its orders are re-routed" : ""}`,
    resource_type: "stock_location",
    resource_id: row.stock_location_id,
    changes: b as Record<string, unknown>,
  })
  res.json({ location: updated, reroute_job: job })
}
