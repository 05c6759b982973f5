import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { prepareRouting } from "../../../../../../../engine/prepare-routing"
import { routeOrderWorkflow } from "../../../../../../../workflows/routing/route-order"
import { actorOf, svcOf, decisionOut } from "../../../helpers"
import type { RouteOrderBodyType } from "../../../validators"

/**
 * POST /admin/finesse/logistics/orders/:id/route — routes the order again with today's rules and stock (its
 * reservations move), or with dry_run only answers what it would decide and how long the decision took.
 */
export async function POST(req: AuthenticatedMedusaRequest<RouteOrderBodyType>, res: MedusaResponse) {
  if (req.validatedBody.dry_run) {
    const plan = await prepareRouting(req.scope, { order_id: req.params.id, source: "manual" })
    return res.json({ dry_run: true, decision: plan.noop ? null : plan.decision, shipments: plan.shipments, reservations: { delete: plan.reservations.deletes.length, create: plan.reservations.creates } })
  }
  const { result } = await routeOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, source: "manual", actor_id: actorOf(req) } })
  const decision = await svcOf(req).currentDecision(req.params.id)
  describeAudit(req, {
    action: "logistics.order.rerouted",
    summary: `Order routed again: ${result.summary ?? "nothing to route"}`,
    resource_type: "order",
    resource_id: req.params.id,
    changes: { decision_id: result.decision_id, locations: (decision?.shipments ?? []).map((s: any) => s.location_id) },
  })
  res.json({ decision: decisionOut(decision), reservations_created: result.reservations_created })
}
