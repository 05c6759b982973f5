import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Replays the last N days of orders and open carts through Medusa's promotion module with a candidate promotion. */
export const simulateJob = defineJob({
  kind: "promotions.simulate",
  queue: "finesse-promotions-simulate",
  description: "Pre-launch simulation: replays past orders and open carts through Medusa's promotion computation with the candidate",
  payload: z
    .object({
      promotion_id: z.string().min(1),
      days: z.number().int().min(1).max(365).default(30),
      // a new value starts a new replay; the same value is the same job
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `promotions.simulate-${p.promotion_id}-${p.days}-${p.run}`,
  attempts: 2,
  backoffMs: 5_000,
  concurrency: 1,
})
