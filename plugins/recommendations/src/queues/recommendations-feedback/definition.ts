import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Reads new behaviour events since its cursor: recommendation impressions and clicks become touches (with the
 * placement, strategy, experiment arm and model version their recommendation id names); add-to-carts and order
 * lines are attributed to the last click on the same product within the attribution window.
 */
export const recommendationsFeedbackJob = defineJob({
  kind: "recommendations.feedback",
  queue: "finesse-recommendations-feedback",
  description: "Records recommendation impressions and clicks and attributes add-to-carts and orders",
  payload: z.object({ run: z.string().min(1).max(100).default("manual") }).strict(),
  jobId: (p) => `recommendations.feedback-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  schedule: { cron: "*/10 * * * *", payload: { run: "scheduled" } },
})
