import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Deletes counter rows and assessments older than the retention period (option `retentionDays`, default 400). */
export const retentionJob = defineJob({
  kind: "risk.retention",
  queue: "finesse-risk-retention",
  description: "Deletes risk counters and assessments past their retention period (daily)",
  payload: z.object({ run: z.string().min(1).max(120).default("manual") }).strict(),
  jobId: (p) => `risk.retention-${p.run}`,
  attempts: 3,
  backoffMs: 60_000,
  concurrency: 1,
  schedule: { cron: "10 4 * * *", payload: { run: "scheduled" } },
})
