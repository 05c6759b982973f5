import { defineJob } from "@finesse/core/job-runtime"
import { z } from "@medusajs/framework/zod"

/** Re-routes the orders holding reservations at a location that ran out (or was switched off). */
export const rerouteJob = defineJob({
  kind: "logistics.reroute",
  queue: "finesse-logistics-reroute",
  description: "Moves orders' reservations away from a location that ran out of stock or was switched off",
  payload: z
    .object({
      location_id: z.string().min(1),
      inventory_item_id: z.string().min(1).optional(),
      /** every order with reservations there (a switched-off location), not only enough to cover the shortfall */
      all: z.boolean().default(false),
      run: z.string().min(1).max(160),
    })
    .strict(),
  jobId: (p) => `logistics.reroute-${p.location_id}-${p.inventory_item_id ?? "all"}-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
})
