import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Trains the store's own risk model on its labelled orders (nightly; on demand from the Risk page). */
export const trainJob = defineJob({
  kind: "risk.train",
  queue: "finesse-risk-train",
  description: "Trains the order risk model on the store's chargebacks, fraud refunds and cancellations (nightly)",
  payload: z.object({ run: z.string().min(1).max(120).default("manual") }).strict(),
  jobId: (p) => `risk.train-${p.run}`,
  attempts: 2,
  backoffMs: 60_000,
  concurrency: 1,
  schedule: { cron: "40 3 * * *", payload: { run: "scheduled" } },
})
