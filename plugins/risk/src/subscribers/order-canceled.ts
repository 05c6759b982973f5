import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { recordOutcome } from "../engine/outcomes"
import { riskServices } from "../engine/risk-services"

/**
 * A cancelled order is an outcome (not fraud unless the review marked it so: its own outcome says that); a held order
 * cancelled in Medusa's order page leaves the review queue as cancelled.
 */
export default async function riskOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const { db } = riskServices(container)
  const a = await db.raw(`select id from finesse_risk_assessment where order_id = ? and deleted_at is null limit 1`, [event.data.id])
  if (!a.rows.length) return
  await db.raw(
    `update finesse_risk_assessment set review_status = 'cancelled', reviewed_at = coalesce(reviewed_at, now()), updated_at = now()
      where order_id = ? and review_status = 'pending' and deleted_at is null`,
    [event.data.id]
  )
  await recordOutcome(container, { order_id: event.data.id, kind: "cancellation", fraud: false, occurred_at: new Date(), source: "medusa", source_id: `order.canceled:${event.data.id}` })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "finesse-risk-order-canceled" } }
