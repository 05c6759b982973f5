import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Trains every recommendation model from core's order facts, behaviour events and the catalog, evaluates it on a
 * time holdout and switches serving to the new version once it is complete. Nightly, after a facts backfill, and
 * on demand from the Recommendations page.
 */
export const trainRecommendationsJob = defineJob({
  kind: "recommendations.train",
  queue: "finesse-recommendations-train",
  description: "Trains the recommendation models, evaluates them and switches serving to the new version",
  payload: z
    .object({
      trigger: z.enum(["manual", "schedule", "backfill"]).default("manual"),
      // a new value is a new training run; the same value is the same job
      run: z.string().min(1).max(100).default("manual"),
      // events older than this are not used (views and cart adds)
      event_days: z.number().int().min(1).max(730).default(180),
      // days at the end of history held out for the offline evaluation
      holdout_days: z.number().int().min(1).max(365).default(30),
    })
    .strict(),
  jobId: (p) => `recommendations.train-${p.run}`,
  attempts: 2,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "0 3 * * *", payload: { trigger: "schedule", run: "scheduled" } },
})
