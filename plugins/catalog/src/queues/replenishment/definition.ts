import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Plans replenishment per variant × stock location from the current weekly forecast, Medusa's inventory levels
 * (stocked, reserved, incoming) and supplier lead times, and classifies the range (ABC/XYZ, slow movers, dead
 * stock, drop candidates). Runs after every weekly forecast and on demand.
 */
export const replenishmentJob = defineJob({
  kind: "catalog.replenishment",
  queue: "finesse-catalog-replenishment",
  description: "Plans reorder points, safety stock and order quantities per variant and location, and the ABC/XYZ classes",
  payload: z
    .object({
      // the forecast run that triggered it, or any new value for a manual run
      run: z.string().min(1).max(100).default("manual"),
      trigger: z.enum(["manual", "forecast", "schedule"]).default("manual"),
    })
    .strict(),
  jobId: (p) => `catalog.replenishment-${p.run}`,
  attempts: 3,
  backoffMs: 10_000,
  concurrency: 1,
})
