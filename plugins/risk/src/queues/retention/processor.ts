import { defineProcessor } from "@finesse/core/job-runtime"
import { applyRetention } from "../../engine/retention"
import { retentionJob } from "./definition"

export default defineProcessor(retentionJob, async (job) => {
  const r = await applyRetention(job.container)
  job.logger.info(`deleted ${r.uses} counter rows and ${r.assessments} assessments older than ${r.days} days`)
  return r
})
