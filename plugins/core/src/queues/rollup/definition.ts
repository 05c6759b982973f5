import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/**
 * Keeps the daily KPI rollups current: recomputes the days marked dirty by new events and changed order facts.
 * Runs every five minutes; `full: true` first marks every day that has facts or events.
 */
export const rollupJob = defineJob({
  kind: "core.rollup",
  queue: "finesse-core-facts",
  description: "Recomputes daily KPI rollups for changed days (every 5 minutes)",
  payload: z
    .object({
      full: z.boolean().default(false),
      run: z.string().max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `core.rollup-${p.run}`,
  attempts: 3,
  backoffMs: 5000,
  concurrency: 1,
  schedule: { cron: "*/5 * * * *", payload: { full: false, run: "scheduled" } },
})
