import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Keeps the cases' SLA clocks current and sends warnings and breaches through the notification module (every 5 minutes). */
export const slaJob = defineJob({
  kind: "aftersales.sla",
  queue: "finesse-after-sales-sla",
  description: "Re-evaluates SLA clocks that reach a threshold and sends breach warnings and breaches",
  payload: z.object({ run: z.string().min(1).max(120).default("manual") }).strict(),
  jobId: (p) => `aftersales.sla-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  schedule: { cron: "*/5 * * * *", payload: { run: "scheduled" } },
})
