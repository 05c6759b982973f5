import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enqueueRecomputeWorkflow } from "../workflows/personas/enqueue-recompute"
import { updateCustomerPersonasWorkflow } from "../workflows/personas/update-customer-personas"

/**
 * Order facts changed (an order placed, canceled, returned…): rescore those customers with the stored models.
 * Before the first recompute there is nothing to score with, so one is started (at most one per hour).
 */
export default async function personasOnFactsUpdated({ event, container }: SubscriberArgs<{ order_ids?: string[]; customer_ids?: string[] }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ids = event.data?.customer_ids ?? []
  if (!ids.length) return
  try {
    const { result } = await updateCustomerPersonasWorkflow(container).run({ input: { customer_ids: ids } })
    if (result.version === null) {
      const hour = new Date().toISOString().slice(0, 13)
      await enqueueRecomputeWorkflow(container).run({ input: { run: `first-${hour}` } })
    }
  } catch (e) {
    logger.error(`[personas] updating customers ${ids.join(", ")} failed: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "finesse.facts.updated", context: { subscriberId: "personas-facts-updated" } }
