import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { one, svcOf } from "../../helpers"

/** GET /admin/finesse/logistics/dispatch-plans/:id — the plan with its routes and stops (for the map and the sheets). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const plan: any = await one(svc.listFinesseLogisticsDispatchPlans({ id: req.params.id }), "dispatch plan", req.params.id)
  const [routes, region] = await Promise.all([
    svc.listFinesseLogisticsDispatchRoutes({ plan_id: plan.id }, { order: { route_index: "ASC" } }),
    svc.listFinesseLogisticsFleetRegions({ id: plan.fleet_region_id }, { withDeleted: true } as any),
  ])
  res.json({ dispatch_plan: { ...plan, region_name: (region[0] as any)?.name ?? null, routes } })
}
