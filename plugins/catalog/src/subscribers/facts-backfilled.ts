import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { forecastJob } from "../queues/forecast/definition"

/** Core rebuilt the order facts: rebuild the demand table and forecast again (then replenishment follows). */
export default async function factsBackfilled({ container }: SubscriberArgs<Record<string, unknown>>) {
  await forecastJob.enqueue(container, { granularity: "week", run: `backfill-${Date.now()}`, rebuild_demand: true })
}

export const config: SubscriberConfig = { event: "finesse.facts.backfilled" }
