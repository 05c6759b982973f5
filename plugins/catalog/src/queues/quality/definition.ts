import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Scores every product's catalogue quality with the store's rule settings and ranks the to-do list. */
export const qualityJob = defineJob({
  kind: "catalog.quality",
  queue: "finesse-catalog-quality",
  description: "Scores catalogue quality per product (content, images, variants, prices, costs, shipping data, findability) and ranks the fixes",
  payload: z
    .object({
      run: z.string().min(1).max(100).default("manual"),
      trigger: z.enum(["manual", "schedule", "product_change", "settings"]).default("manual"),
    })
    .strict(),
  jobId: (p) => `catalog.quality-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  schedule: { cron: "30 3 * * *", payload: { run: "scheduled", trigger: "schedule" } },
})
