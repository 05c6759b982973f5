import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * Raises competitor alerts (undercut, price war, competitor out of stock) and sends new ones to the admin feed.
 * Runs after observations arrive (one job per minute of arrivals) and every half hour.
 */
export const alertsJob = defineJob({
  kind: "pricing.alerts",
  queue: "finesse-pricing-alerts",
  description: "Raises undercut, price-war and out-of-stock alerts from competitor observations",
  payload: z.object({ run: z.string().min(1).max(200).default("manual") }).strict(),
  jobId: (p) => `pricing.alerts-${p.run}`,
  attempts: 3,
  backoffMs: 5000,
  concurrency: 1,
  schedule: { cron: "*/30 * * * *", payload: { run: "scheduled" } },
})
