import { defineProcessor } from "@finesse/core/job-runtime"
import { analyzeComplaints } from "../../engine/complaints"
import { complaintsJob } from "./definition"

export default defineProcessor(complaintsJob, async (job) => {
  const r = await analyzeComplaints(job.container, { now: Date.now(), windowDays: job.payload.window_days, k: job.payload.k, progress: (pct, msg) => job.progress(pct, msg) })
  await job.progress(100, `${r.cases} complaints in ${r.topics} topics`)
  return r
})
