import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { refundOutcomeKind } from "../lib"
import { recordOutcome } from "../engine/outcomes"

/**
 * Each refund of an order's payment is an outcome: a chargeback when its refund reason or note says chargeback or
 * dispute, a fraud refund when it says fraud, otherwise a plain refund (a return, not fraud).
 */
export default async function riskPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "payment_collection.order.id", "refunds.id", "refunds.amount", "refunds.note", "refunds.created_at", "refunds.refund_reason.code", "refunds.refund_reason.label"],
    filters: { id: event.data.id },
  })
  const p = data[0] as any
  const orderId = p?.payment_collection?.order?.id
  if (!orderId) return
  for (const r of p.refunds ?? []) {
    const kind = refundOutcomeKind([r.refund_reason?.code, r.refund_reason?.label, r.note])
    await recordOutcome(container, {
      order_id: orderId,
      kind: kind === "chargeback" ? "chargeback" : "refund",
      fraud: kind !== "refund",
      occurred_at: r.created_at ? new Date(r.created_at) : new Date(),
      amount: toMinor(Number(r.amount ?? 0), p.currency_code),
      currency_code: p.currency_code,
      source: "medusa",
      source_id: `refund:${r.id}`,
    })
  }
}

export const config: SubscriberConfig = { event: "payment.refunded", context: { subscriberId: "finesse-risk-payment-refunded" } }
