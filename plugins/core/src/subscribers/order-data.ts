import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FINESSE_DATA_MODULE } from "../modules/finesse-data"
import type FinesseDataModuleService from "../modules/finesse-data/service"
import { trackOrderEventWorkflow, type TrackOrderEventInput } from "../workflows/data/track-order-event"

type Payload = { id?: string; order_id?: string; return_id?: string }

const TYPES: Record<string, TrackOrderEventInput["type"]> = {
  "order.placed": "order_placed",
  "order.canceled": "order_canceled",
  "order.completed": "order_completed",
  "order.return_requested": "return_requested",
  "order.return_received": "return_received",
}

/** Medusa's own order events keep the behaviour events and the order facts current (no storefront needed). */
export default async function orderDataHandler({ event, container }: SubscriberArgs<Payload>) {
  const logger = container.resolve("logger")
  let orderId = event.data.order_id ?? event.data.id
  if (event.name === "payment.refunded" && event.data.id) {
    orderId = (await container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE).orderIdOfPayment(event.data.id)) ?? undefined
  }
  if (!orderId) return
  try {
    await trackOrderEventWorkflow(container).run({
      input: { type: TYPES[event.name] ?? "order_changed", order_id: orderId, return_id: event.data.return_id },
    })
  } catch (e) {
    logger.error(`[finesse] ${event.name} for ${orderId}: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = {
  event: [
    "order.placed",
    "order.canceled",
    "order.completed",
    "order.updated",
    "order.fulfillment_created",
    "order.return_requested",
    "order.return_received",
    "order.claim_created",
    "order.exchange_created",
    "payment.refunded",
  ],
  context: { subscriberId: "finesse-core-order-data" },
}
