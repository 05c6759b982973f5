import { defineProcessor, PermanentJobError } from "../../job-runtime"
import { FINESSE_JOBS_MODULE } from "../../modules/finesse-jobs"
import type FinesseJobsModuleService from "../../modules/finesse-jobs/service"
import { WORKER_ID } from "../../modules/finesse-jobs/runtime/runtime"
import { probeJob } from "./definition"

export default defineProcessor(probeJob, async (job) => {
  const { steps, step_ms, fail_attempts, permanent_failure, record, label } = job.payload
  if (record) {
    await job.container
      .resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
      .createFinesseJobProbeRuns({ job_id: job.id, attempt: job.attempt, worker: WORKER_ID, label: label ?? null })
  }
  for (let i = 1; i <= steps; i++) {
    await new Promise((r) => setTimeout(r, step_ms))
    await job.progress((100 * i) / steps, `step ${i} of ${steps}`)
  }
  if (permanent_failure) throw new PermanentJobError("probe asked to fail permanently")
  if (job.attempt <= fail_attempts) throw new Error(`probe failing attempt ${job.attempt} of ${fail_attempts} on purpose`)
  return { worker: WORKER_ID, attempt: job.attempt, steps }
})
