import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/**
 * Analyses the category tree (depth, breadth, empty, overloaded, thin, uncategorised products), navigation from
 * behaviour events (what leads to orders, where sessions leave), suggests moves, merges, splits and orders, and
 * finds gaps (searches with no result, viewed categories with little supply).
 */
export const categoriesJob = defineJob({
  kind: "catalog.categories",
  queue: "finesse-catalog-categories",
  description: "Analyses the category tree and navigation, suggests changes and finds search and category gaps",
  payload: z
    .object({
      run: z.string().min(1).max(100).default("manual"),
      // behaviour events of this many days before now
      days: z.number().int().min(7).max(730).default(90),
    })
    .strict(),
  jobId: (p) => `catalog.categories-${p.run}`,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  schedule: { cron: "0 4 * * *", payload: { run: "scheduled", days: 90 } },
})
