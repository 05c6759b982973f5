import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { elasticityJob } from "../queues/elasticity/definition"

/** A facts backfill rewrote the order history: estimate the elasticities again from it. */
export default async function pricingFactsBackfilled({ container }: SubscriberArgs<Record<string, unknown>>) {
  const logger = container.resolve("logger")
  const hour = new Date().toISOString().slice(0, 13)
  try {
    const job = await elasticityJob.enqueue(container, { run: `backfill-${hour}` })
    logger.info(`[finesse-pricing] facts backfilled: elasticity queued as ${job.id}`)
  } catch (e) {
    logger.error(`[finesse-pricing] could not queue the elasticity job after a backfill: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = {
  event: "finesse.facts.backfilled",
  context: { subscriberId: "finesse-pricing-facts-backfilled" },
}
