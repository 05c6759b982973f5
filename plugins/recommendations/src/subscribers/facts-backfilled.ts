import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { trainRecommendationsJob } from "../queues/recommendations-train/definition"

/** A facts backfill rewrote history: retrain every model on it. */
export default async function factsBackfilledHandler({ container }: SubscriberArgs<{ orders?: number }>) {
  const logger = container.resolve("logger")
  const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "-")
  try {
    const job = await trainRecommendationsJob.enqueue(container, { trigger: "backfill", run: `backfill-${minute}` })
    logger.info(`[finesse-recommendations] facts backfilled: training queued as ${job.id}`)
  } catch (e) {
    logger.error(`[finesse-recommendations] could not queue training after a backfill: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = {
  event: "finesse.facts.backfilled",
  context: { subscriberId: "finesse-recommendations-facts-backfilled" },
}
