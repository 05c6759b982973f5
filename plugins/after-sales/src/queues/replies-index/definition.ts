import { z } from "@medusajs/framework/zod"
import { defineJob } from "@finesse/core/job-runtime"

/** Adds newly resolved cases to the BM25 index behind suggested replies (every 10 minutes and after resolutions). */
export const repliesIndexJob = defineJob({
  kind: "aftersales.replies-index",
  queue: "finesse-after-sales-replies",
  description: "Keeps the suggested-replies index (BM25 over resolved cases) current",
  payload: z.object({ run: z.string().min(1).max(120).default("manual"), rebuild: z.boolean().default(false) }).strict(),
  jobId: (p) => `aftersales.replies-index-${p.rebuild ? "rebuild-" : ""}${p.run}`,
  attempts: 3,
  backoffMs: 10_000,
  concurrency: 1,
  schedule: { cron: "*/10 * * * *", payload: { run: "scheduled", rebuild: false } },
})
