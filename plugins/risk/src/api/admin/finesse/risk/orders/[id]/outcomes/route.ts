import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { recordOutcome } from "../../../../../../../engine/outcomes"
import type { AdminOutcomeBodyType } from "../../../validators"

/**
 * POST /admin/finesse/risk/orders/:id/outcomes — records what happened to an order after it was placed: a
 * chargeback (always fraud), or a refund or cancellation marked fraud or not. These are the model's labels.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminOutcomeBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; currency_code: string } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${req.params.id} was not found`)
  const actor = finesseActor(req)
  const fraud = b.kind === "chargeback" ? true : b.fraud
  const fresh = await recordOutcome(req.scope, {
    order_id: order.id,
    kind: b.kind,
    fraud,
    occurred_at: b.occurred_at ?? new Date(),
    amount: b.amount ?? null,
    currency_code: order.currency_code,
    source: "admin",
    source_id: b.reference ? `ref:${b.reference}` : `admin:${order.id}:${b.kind}:${Date.now()}`,
    note: b.note ?? null,
    created_by: actor.actor_id,
  })
  describeAudit(req, {
    action: `risk.outcome.recorded`,
    summary: `Recorded a ${b.kind}${fraud ? " (fraud)" : ""} for order ${order.id}`,
    resource_type: "order",
    resource_id: order.id,
    changes: { kind: b.kind, fraud, amount: b.amount ?? null, reference: b.reference ?? null },
  })
  res.status(fresh ? 201 : 200).json({ outcome: { order_id: order.id, kind: b.kind, fraud, recorded: fresh } })
}
