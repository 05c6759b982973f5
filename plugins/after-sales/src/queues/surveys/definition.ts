import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Sends the satisfaction surveys that are due through the notification module (every 5 minutes). */
export const surveysJob = defineJob({
  kind: "aftersales.surveys",
  queue: "finesse-after-sales-surveys",
  description: "Sends due CSAT/NPS surveys of resolved cases",
  payload: z.object({ run: z.string().min(1).max(120).default("manual") }).strict(),
  jobId: (p) => `aftersales.surveys-${p.run}`,
  attempts: 3,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "*/5 * * * *", payload: { run: "scheduled" } },
})
