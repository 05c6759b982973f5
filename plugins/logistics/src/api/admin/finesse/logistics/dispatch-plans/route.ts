import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { svcOf } from "../helpers"
import type { PlansQueryType } from "../validators"

/** GET /admin/finesse/logistics/dispatch-plans?fleet_region_id&day — current plans, latest day first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, fleet_region_id, day } = req.validatedQuery as PlansQueryType
  const f: Record<string, unknown> = { current: true }
  if (fleet_region_id) f.fleet_region_id = fleet_region_id
  if (day) f.day = day
  const [plans, count] = await svcOf(req).listAndCountFinesseLogisticsDispatchPlans(f, { skip: offset, take: limit, order: { day: "DESC", created_at: "DESC" } })
  res.json({ dispatch_plans: plans, count, offset, limit })
}
