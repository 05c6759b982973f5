import { defineProcessor } from "@finesse/core/job-runtime"
import { runQuality } from "../../engine/quality-run"
import { qualityJob } from "./definition"

export default defineProcessor(qualityJob, async (job) => {
  return runQuality(job.container, { now: Date.now(), runId: job.id, progress: (pct, msg) => job.progress(pct, msg) })
})
