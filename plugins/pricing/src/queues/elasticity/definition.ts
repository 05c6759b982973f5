import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Recomputes every product's price elasticity (and each category's pooled one) from core's order line facts. */
export const elasticityJob = defineJob({
  kind: "pricing.elasticity",
  queue: "finesse-pricing-elasticity",
  description: "Estimates price elasticities per product and category from order facts (weekly)",
  payload: z
    .object({
      run: z.string().min(1).max(120).default("manual"),
      // history read, in weeks
      weeks: z.number().int().min(8).max(520).default(104),
    })
    .strict(),
  jobId: (p) => `pricing.elasticity-${p.run}`,
  attempts: 2,
  backoffMs: 15_000,
  concurrency: 1,
  schedule: { cron: "0 3 * * 1", payload: { run: "scheduled" } },
})
