import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_JOBS_MODULE } from "../../../job-runtime/define"
import type FinesseJobsModuleService from "../../../modules/finesse-jobs/service"

export const retryJobStep = createStep("core-retry-job", async (input: { id: string }, { container }) => {
  const job = await container.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE).retryJob(input.id)
  return new StepResponse(job)
})

export const cancelJobStep = createStep("core-cancel-job", async (input: { id: string }, { container }) => {
  const job = await container.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE).cancelJob(input.id)
  return new StepResponse(job)
})
