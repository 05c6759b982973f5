import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/** Builds order facts for every existing order, page by page; resumes from its checkpoint after a crash. */
export const factsBackfillJob = defineJob({
  kind: "core.facts-backfill",
  queue: "finesse-core-facts",
  description: "Builds order facts for all existing orders (resumable, paged)",
  payload: z
    .object({
      page_size: z.number().int().min(1).max(5000).default(2000),
      // a new value starts a new backfill; the same value is the same job
      run: z.string().max(64).default("initial"),
      // only when some order lacks its facts; otherwise just announce the backfill (rollups, capabilities)
      if_incomplete: z.boolean().default(false),
    })
    .strict(),
  jobId: (p) => `core.facts-backfill-${p.run}`,
  attempts: 5,
  backoffMs: 2000,
  concurrency: 1,
})
