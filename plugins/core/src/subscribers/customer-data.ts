import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { trackCustomerCreatedWorkflow } from "../workflows/data/track-customer-created"

export default async function customerDataHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await trackCustomerCreatedWorkflow(container).run({ input: { customer_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "finesse-core-customer-data" },
}
