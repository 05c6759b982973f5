import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * Keeps segment membership current (rules, time windows and enter/exit thresholds over the stored profiles) and
 * syncs the segments marked auto-sync into their customer groups. Hourly, after every recompute, after a segment
 * changes, and shortly after an order moved a customer in or out of a synced segment.
 */
export const segmentsJob = defineJob({
  kind: "personas.segments",
  queue: "finesse-personas-segments",
  description: "Refreshes segment membership and syncs auto-sync segments to their customer groups",
  payload: z
    .object({
      // only these segments (default: all)
      segment_ids: z.array(z.string().min(1)).max(500).optional(),
      // sync auto-sync segments whose group is out of date
      sync: z.boolean().default(true),
      run: z.string().min(1).max(160).default("manual"),
    })
    .strict(),
  jobId: (p) => `personas.segments-${p.run}`,
  attempts: 3,
  backoffMs: 5000,
  concurrency: 1,
  schedule: { cron: "15 * * * *", payload: { run: "scheduled", sync: true } },
})
