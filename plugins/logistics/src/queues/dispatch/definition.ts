import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/**
 * The own fleet's routes for a day: every active region (or one), solved with the VRPTW solver. Nightly for the
 * day ahead; on demand from the Logistics page.
 */
export const dispatchJob = defineJob({
  kind: "logistics.dispatch",
  queue: "finesse-logistics-dispatch",
  description: "Plans the own fleet's routes for a day (vehicle routing with time windows and capacities)",
  payload: z
    .object({
      fleet_region_id: z.string().min(1).optional(),
      /** YYYY-MM-DD; default: the day after the run */
      day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
      /** solver seconds per region (default: the region's setting) */
      seconds: z.number().min(0.5).max(120).optional(),
      run: z.string().min(1).max(120).default("manual"),
    })
    .strict(),
  jobId: (p) => `logistics.dispatch-${p.fleet_region_id ?? "all"}-${p.day ?? "next"}-${p.run}`,
  attempts: 2,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "0 3 * * *", payload: { run: "scheduled" } },
})
