import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { trackFulfillment } from "../engine/tracking"

/** Medusa's fulfilment handed over or delivered: the shipment's actual times for delivery performance. */
export default async function trackFulfillmentEvents({ event, container }: SubscriberArgs<{ id: string }>) {
  const type = event.name === "delivery.created" ? "delivered" : "shipped"
  try {
    await trackFulfillment(container, event.data.id, type)
  } catch (e) {
    container.resolve("logger").error(`[logistics] tracking fulfilment ${event.data.id} failed: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: ["shipment.created", "delivery.created"], context: { subscriberId: "finesse-logistics-tracking" } }
