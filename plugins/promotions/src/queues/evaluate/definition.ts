import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * The evaluation report of one promotion, or (without promotion_id, nightly) of every promotion that ran in the last
 * 150 days or is running: incrementality against the holdout or a matched control, from core's order facts.
 */
export const evaluateJob = defineJob({
  kind: "promotions.evaluate",
  queue: "finesse-promotions-evaluate",
  description: "Evaluates promotions against their holdout (or a matched control): incremental orders, GMV and margin, pull-forward, retention",
  payload: z
    .object({
      promotion_id: z.string().min(1).optional(),
      post_days: z.number().int().min(0).max(120).default(30),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `promotions.evaluate-${p.promotion_id ?? "all"}-${p.run}`,
  attempts: 2,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "30 3 * * *", payload: { run: "scheduled" } },
})
