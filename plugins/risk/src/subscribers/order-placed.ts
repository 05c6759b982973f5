import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { riskServices } from "../engine/risk-services"
import { attachOrder } from "../modules/finesse-risk/store/assessments"

/**
 * Links a scored cart's assessment to its order when the workflow hook did not (an order placed by other means than
 * the complete-cart workflow's hook, or a Medusa version without it): a no-op when already linked.
 */
export default async function riskOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const { db } = riskServices(container)
  const r = await db.raw(`select cart_id from order_cart where order_id = ? and deleted_at is null limit 1`, [event.data.id])
  const cartId = r.rows[0]?.cart_id
  if (cartId) await attachOrder(db, cartId, event.data.id)
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "finesse-risk-order-placed" } }
