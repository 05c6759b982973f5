import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/**
 * Retention of raw behaviour events: events older than the retention (default 395 days, plugin option
 * `events.retentionDays`) are deleted once their days are rolled up, so the daily traffic summaries outlive them.
 */
export const eventsRetentionJob = defineJob({
  kind: "core.events-retention",
  queue: "finesse-core-maintenance",
  description: "Deletes raw events past the retention after their days are summarised",
  payload: z
    .object({
      // overrides the plugin option for this run
      retention_days: z.number().int().min(1).max(36_500).nullable().default(null),
      run: z.string().max(64).default("manual"),
    })
    .strict(),
  jobId: (p) => `core.events-retention-${p.run}`,
  attempts: 3,
  concurrency: 1,
  schedule: { cron: "30 3 * * *", payload: { retention_days: null, run: "scheduled" } },
})
