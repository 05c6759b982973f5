import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { existingEngine } from "../serving/engine"

type Payload = { id?: string; customer_ids?: string[] }

/**
 * New order facts change a customer's purchases (buy again, for you, one-offs); a cart change changes the cart
 * widget's anchors. Drops what this process cached about them (other processes expire it within a minute).
 */
export default async function visitorChangesHandler({ event }: SubscriberArgs<Payload>) {
  const engine = existingEngine()
  if (!engine) return
  if (event.name === "finesse.facts.updated") engine.visitors.forgetCustomers(event.data.customer_ids ?? [])
  else if (event.data.id) engine.visitors.carts.delete(event.data.id)
}

export const config: SubscriberConfig = {
  event: ["finesse.facts.updated", "cart.updated", "cart.customer_transferred"],
  context: { subscriberId: "finesse-recommendations-visitor-changes" },
}
