import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Fetches competitors' prices through their configured fetchers (every six hours, or for one competitor on demand). */
export const competitorFetchJob = defineJob({
  kind: "pricing.competitor-fetch",
  queue: "finesse-pricing-fetch",
  description: "Fetches competitor prices from their HTTP/JSON sources (every 6 hours)",
  payload: z
    .object({
      run: z.string().min(1).max(120).default("manual"),
      competitor_id: z.string().min(1).max(100).optional(),
    })
    .strict(),
  jobId: (p) => `pricing.competitor-fetch-${p.competitor_id ?? "all"}-${p.run}`,
  attempts: 2,
  backoffMs: 60_000,
  concurrency: 1,
  schedule: { cron: "0 */6 * * *", payload: { run: "scheduled" } },
})
