import { defineProcessor } from "@finesse/core/job-runtime"
import { runReplenishment } from "../../engine/replenishment-run"
import { replenishmentJob } from "./definition"

export default defineProcessor(replenishmentJob, async (job) => {
  return runReplenishment(job.container, { now: Date.now(), runId: job.id, progress: (pct, msg) => job.progress(pct, msg) })
})
