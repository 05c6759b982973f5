import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * KPI anomaly detection over core's daily rollups: scores the last days of GMV, orders, conversion, refund rate,
 * promotion burn, price changes and event volume against seasonal baselines; one alert per incident. Daily after
 * midnight's rollups, and on demand from the Alerts page.
 */
export const anomaliesJob = defineJob({
  kind: "risk.anomalies",
  queue: "finesse-risk-anomalies",
  description: "Detects KPI anomalies in the daily rollups and alerts once per incident (daily)",
  payload: z
    .object({
      /** complete days scored, up to yesterday */
      days: z.number().int().min(1).max(730).default(14),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `risk.anomalies-${p.run}`,
  attempts: 3,
  backoffMs: 30_000,
  concurrency: 1,
  schedule: { cron: "20 1 * * *", payload: { days: 14, run: "scheduled" } },
})
