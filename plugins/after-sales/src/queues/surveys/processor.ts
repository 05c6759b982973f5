import { defineProcessor } from "@finesse/core/job-runtime"
import { sendDueSurveys } from "../../engine/surveys"
import { surveysJob } from "./definition"

export default defineProcessor(surveysJob, async (job) => {
  const r = await sendDueSurveys(job.container)
  await job.progress(100, `${r.sent} surveys sent, ${r.failed} failed, ${r.skipped} skipped`)
  return r
})
