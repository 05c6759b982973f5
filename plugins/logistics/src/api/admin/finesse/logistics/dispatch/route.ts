import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dispatchJob } from "../../../../../queues/dispatch/definition"
import { one, svcOf } from "../helpers"
import type { DispatchBodyType } from "../validators"

/** POST /admin/finesse/logistics/dispatch {fleet_region_id, day} → 202 with the dispatch job (follow it on /admin/finesse/jobs/:id). */
export async function POST(req: AuthenticatedMedusaRequest<DispatchBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  await one(svcOf(req).listFinesseLogisticsFleetRegions({ id: b.fleet_region_id }), "fleet region", b.fleet_region_id)
  const job = await dispatchJob.enqueue(req.scope, { fleet_region_id: b.fleet_region_id, day: b.day, seconds: b.seconds, run: `manual-${Date.now()}` })
  res.status(202).json({ job })
}
