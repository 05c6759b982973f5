import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Evaluates the delivery-performance alert rules and notifies new alerts (hourly, and after tracking imports). */
export const deliveryAlertsJob = defineJob({
  kind: "logistics.delivery-alerts",
  queue: "finesse-logistics-delivery-alerts",
  description: "Checks late rates and overdue parcels against the alert rules and notifies new alerts",
  payload: z.object({ run: z.string().min(1).max(120).default("manual") }).strict(),
  jobId: (p) => `logistics.delivery-alerts-${p.run}`,
  attempts: 2,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "15 * * * *", payload: { run: "scheduled" } },
})
