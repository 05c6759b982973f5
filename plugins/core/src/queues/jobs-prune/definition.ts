import { z } from "@medusajs/framework/zod"
import { defineJob } from "../../job-runtime"

/** Deletes finished job records older than the retention, every night, so the table does not grow without bound. */
export const jobsPruneJob = defineJob({
  kind: "core.jobs-prune",
  queue: "finesse-core-maintenance",
  description: "Deletes completed, failed and cancelled job records past their retention",
  payload: z.object({ older_than_days: z.number().int().min(1).max(3650).default(30) }).strict(),
  attempts: 3,
  concurrency: 1,
  schedule: { cron: "15 3 * * *", payload: { older_than_days: 30 } },
})
