import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enqueueRecomputeWorkflow } from "../workflows/personas/enqueue-recompute"

/** All order facts were rebuilt: recompute every profile (a running recompute read the old facts, so start a new one). */
export default async function personasOnFactsBackfilled({ container }: SubscriberArgs<{ orders?: number }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "-")
    await enqueueRecomputeWorkflow(container).run({ input: { run: `after-backfill-${minute}`, reuse_open: false } })
  } catch (e) {
    logger.error(`[personas] could not start the recompute after the facts backfill: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "finesse.facts.backfilled", context: { subscriberId: "personas-facts-backfilled" } }
