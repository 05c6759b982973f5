import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Keeps running experiments' customer groups current as their audiences change (hourly, and on audience changes). */
export const experimentSyncJob = defineJob({
  kind: "promotions.experiment-sync",
  queue: "finesse-promotions-experiment-sync",
  description: "Assigns new audience members to their arm and keeps each arm's customer group current",
  payload: z
    .object({
      experiment_id: z.string().min(1).optional(),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `promotions.experiment-sync-${p.experiment_id ?? "all"}-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  schedule: { cron: "7 * * * *", payload: { run: "scheduled" } },
})
