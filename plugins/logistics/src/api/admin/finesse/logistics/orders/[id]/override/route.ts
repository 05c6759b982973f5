import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { routeOrderWorkflow } from "../../../../../../../workflows/routing/route-order"
import { actorOf, decisionOut, svcOf } from "../../../helpers"
import type { OverrideBodyType } from "../../../validators"

/**
 * POST /admin/finesse/logistics/orders/:id/override — an admin decides where each line ships from; the stock
 * must be there (400 naming shipments[i].lines[j].quantity otherwise) and the reservations move.
 */
export async function POST(req: AuthenticatedMedusaRequest<OverrideBodyType>, res: MedusaResponse) {
  const { shipments, note } = req.validatedBody
  const { result } = await routeOrderWorkflow(req.scope).run({ input: { order_id: req.params.id, source: "override", override: shipments, note: note ?? null, actor_id: actorOf(req) } })
  const decision = await svcOf(req).currentDecision(req.params.id)
  describeAudit(req, {
    action: "logistics.order.routing_overridden",
    summary: `Routing set by hand: ${decision?.summary ?? ""}`,
    resource_type: "order",
    resource_id: req.params.id,
    changes: { decision_id: result.decision_id, shipments: shipments.map((s) => ({ location_id: s.location_id, lines: s.lines.length })) },
  })
  res.json({ decision: decisionOut(decision), reservations_created: result.reservations_created })
}
