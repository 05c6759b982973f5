import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FINESSE_DATA_MODULE } from "../modules/finesse-data"
import type FinesseDataModuleService from "../modules/finesse-data/service"

/** A customer account created in Medusa becomes a `customer_created` behaviour event. */
export default async function customerDataHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const data = container.resolve<FinesseDataModuleService>(FINESSE_DATA_MODULE)
  await data.recordCustomerCreated(event.data.id, new Date())
}

export const config: SubscriberConfig = {
  event: "customer.created",
  context: { subscriberId: "finesse-core-customer-data" },
}
