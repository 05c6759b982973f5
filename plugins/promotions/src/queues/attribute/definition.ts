import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Attributes the orders of the last N days to marketing channels (last-touch, first-touch, position-based), nightly. */
export const attributeJob = defineJob({
  kind: "promotions.attribute",
  queue: "finesse-promotions-attribute",
  description: "Attributes orders to marketing channels and campaigns from UTM tags and referrers, with ROI and CPA from the spend",
  payload: z
    .object({
      days: z.number().int().min(1).max(730).default(90),
      lookback_days: z.number().int().min(1).max(90).default(30),
      models: z.array(z.enum(["last_touch", "first_touch", "position_based"])).min(1).optional(),
      currency_code: z.string().length(3).optional(),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `promotions.attribute-${p.days}-${p.run}`,
  attempts: 2,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "45 3 * * *", payload: { run: "scheduled" } },
})
