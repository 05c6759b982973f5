import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * Scores the order history as each order would have been scored when placed, so velocity, first orders, account
 * links, back-tests and the model have the store's past from the day the plugin is installed.
 */
export const replayJob = defineJob({
  kind: "risk.replay",
  queue: "finesse-risk-replay",
  description: "Scores past orders (velocity, links, back-test history) as they would have been scored when placed",
  payload: z
    .object({
      days: z.number().int().min(1).max(730).default(400),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `risk.replay-${p.run}`,
  attempts: 2,
  backoffMs: 60_000,
  concurrency: 1,
})
