import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { routeOrderWorkflow } from "../workflows/routing/route-order"

/** Routes every placed order: where each unit ships from, with Medusa's reservations moved there. */
export default async function routeOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve("logger")
  try {
    const { result } = await routeOrderWorkflow(container).run({ input: { order_id: event.data.id, source: "placement" } })
    if (result.routed) logger.info(`[logistics] order ${event.data.id}: ${result.summary}`)
  } catch (e) {
    logger.error(`[logistics] routing order ${event.data.id} failed: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "finesse-logistics-route-order" } }
