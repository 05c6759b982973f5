import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/** Re-costs the order facts of variants whose cost changed, so margins everywhere use the current cost. */
export const factsRecostJob = defineJob({
  kind: "core.facts-recost",
  queue: "finesse-core-facts",
  description: "Rebuilds the order facts of variants whose unit cost changed",
  payload: z
    .object({
      variant_ids: z.array(z.string().min(1)).min(1).max(20_000),
      // when the costs changed: a later change is a new job, the same change enqueued twice is one
      changed_at: z.string().min(1).max(40),
    })
    .strict(),
  attempts: 5,
  backoffMs: 2000,
  concurrency: 1,
})
