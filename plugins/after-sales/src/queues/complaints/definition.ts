import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Groups complaints into topics and finds the products and categories whose complaint and return rates rose (nightly). */
export const complaintsJob = defineJob({
  kind: "aftersales.complaints",
  queue: "finesse-after-sales-analysis",
  description: "Complaint topics, trends, rates by product and category, and what changed",
  payload: z
    .object({
      run: z.string().min(1).max(120).default("manual"),
      window_days: z.number().int().min(7).max(365).default(90),
      k: z.number().int().min(2).max(20).optional(),
    })
    .strict(),
  jobId: (p) => `aftersales.complaints-${p.window_days}-${p.k ?? "auto"}-${p.run}`,
  attempts: 2,
  backoffMs: 30_000,
  concurrency: 1,
  schedule: { cron: "40 2 * * *", payload: { run: "scheduled", window_days: 90 } },
})
