import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Forecasts demand for every variant × stock location, weekly (nightly) or daily, from the order facts: refreshes
 * the demand table, chooses a method per series by backtest and stores forecasts with 80 % and 95 % intervals.
 * A weekly run enqueues the replenishment job when it finishes (and, nightly, the daily forecast).
 */
export const forecastJob = defineJob({
  kind: "catalog.forecast",
  queue: "finesse-catalog-forecast",
  description: "Forecasts demand per variant and stock location (weekly or daily) with intervals, the method chosen per series by backtest",
  payload: z
    .object({
      granularity: z.enum(["week", "day"]).default("week"),
      // periods to forecast; default: the policy's weeks, or 14 days
      horizon: z.number().int().min(1).max(104).optional(),
      // a new value is a new run; the same value is the same job
      run: z.string().min(1).max(100).default("manual"),
      recalibrate: z.boolean().default(false),
      rebuild_demand: z.boolean().default(false),
      // plan replenishment from this forecast once it is published (weekly runs)
      replenish: z.boolean().default(true),
      // a weekly run then starts the daily forecast (the nightly schedule does)
      then_daily: z.boolean().default(false),
      workers: z.number().int().min(0).max(16).optional(),
    })
    .strict(),
  jobId: (p) => `catalog.forecast-${p.granularity}-${p.run}`,
  attempts: 2,
  backoffMs: 30_000,
  concurrency: 1,
  schedule: { cron: "30 2 * * *", payload: { granularity: "week", run: "scheduled", then_daily: true } },
})
