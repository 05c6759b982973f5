import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** A held order appears in the admin's notification feed with a link to the review queue. */
export default async function riskOrderHeld({ event, container }: SubscriberArgs<{ id: string; score: number }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: event.data.id } })
  const order = data[0] as { id: string; display_id?: number } | undefined
  if (!order) return
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: "",
      channel: "feed",
      template: "admin-ui",
      data: {
        title: `Order #${order.display_id ?? order.id} held for review`,
        description: `Risk score ${event.data.score}: the payment is authorised, not captured. Approve or cancel it in Finesse › Risk.`,
      },
      trigger_type: "finesse.risk.order_held",
      resource_id: order.id,
      resource_type: "order",
      idempotency_key: `finesse-risk-held-${order.id}`,
    })
  } catch (e) {
    logger.warn(`[risk] could not notify about held order ${order.id}: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "finesse.risk.order_held", context: { subscriberId: "finesse-risk-order-held" } }
