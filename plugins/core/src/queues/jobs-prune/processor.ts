import { defineProcessor } from "../../job-runtime"
import { FINESSE_JOBS_MODULE } from "../../modules/finesse-jobs"
import type FinesseJobsModuleService from "../../modules/finesse-jobs/service"
import { jobsPruneJob } from "./definition"

export default defineProcessor(jobsPruneJob, async (job) => {
  const deleted = await job.container
    .resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
    .pruneJobs(job.payload.older_than_days)
  return { deleted }
})
