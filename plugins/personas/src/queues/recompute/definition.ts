import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * The full personas recompute: profiles, RFM, predictions, clusters and persona cards for every customer, from
 * core's order facts and events. Nightly, after a facts backfill, and on demand from the Personas page.
 */
export const recomputeJob = defineJob({
  kind: "personas.recompute",
  queue: "finesse-personas-recompute",
  description: "Recomputes every customer profile, the predictions and the persona cards (nightly)",
  payload: z
    .object({
      // a new value starts a new recompute; the same value is the same job
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `personas.recompute-${p.run}`,
  attempts: 2,
  backoffMs: 30_000,
  concurrency: 1,
  schedule: { cron: "30 2 * * *", payload: { run: "scheduled" } },
})
