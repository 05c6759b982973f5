import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_JOBS_MODULE } from "../../../job-runtime/define"
import type FinesseJobsModuleService from "../../../modules/finesse-jobs/service"

export type EnqueueJobInput = { kind: string; payload?: Record<string, unknown>; job_id?: string }

export const enqueueJobStep = createStep(
  "core-enqueue-job",
  async (input: EnqueueJobInput, { container }) => {
    const jobs = container.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
    const before = input.job_id ? await jobs.listFinesseJobs({ id: input.job_id }) : []
    const job = await jobs.enqueue(input.kind, input.payload ?? {}, { jobId: input.job_id })
    // compensation cancels only a job this step created, never an earlier one with the same id
    const created = !before.length && job.state === "queued" && job.attempts === 0
    return new StepResponse(job, created ? job.id : undefined)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    await container
      .resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
      .cancelJob(id)
      .catch(() => undefined)
  }
)
