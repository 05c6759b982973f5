import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { enqueuePromotionsJobWorkflow } from "../workflows/jobs/enqueue-job"

/** Core rebuilt the order facts: evaluations and the channel attribution are re-read from them. */
export default async function promotionsOnFactsBackfilled({ container }: SubscriberArgs<Record<string, unknown>>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const run = `backfill-${new Date().toISOString().slice(0, 13)}`
  try {
    await enqueuePromotionsJobWorkflow(container).run({ input: { kind: "promotions.evaluate", payload: { run } } })
    await enqueuePromotionsJobWorkflow(container).run({ input: { kind: "promotions.attribute", payload: { run } } })
  } catch (e) {
    logger.error(`[promotions] could not queue the evaluation after a facts backfill: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = { event: "finesse.facts.backfilled", context: { subscriberId: "promotions-facts-backfilled" } }
