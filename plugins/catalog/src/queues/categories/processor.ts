import { defineProcessor } from "@finesse/core/job-runtime"
import { runCategories } from "../../engine/categories-run"
import { categoriesJob } from "./definition"

export default defineProcessor(categoriesJob, async (job) => {
  return runCategories(job.container, { now: Date.now(), days: job.payload.days, jobId: job.id, progress: (pct, msg) => job.progress(pct, msg) })
})
