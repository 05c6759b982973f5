import { FINESSE_JOBS_MODULE, type JobRecord } from "@finesse/core/job-runtime"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

type Jobs = {
  enqueue(kind: string, payload: unknown, options?: { jobId?: string; delayMs?: number }): Promise<JobRecord>
  listFinesseJobs(filter: Record<string, unknown>, config?: Record<string, unknown>): Promise<JobRecord[]>
  cancelJob(id: string): Promise<unknown>
}

export type EnqueuePromotionsJobInput = {
  kind: "promotions.simulate" | "promotions.evaluate" | "promotions.attribute" | "promotions.experiment-sync"
  payload: Record<string, unknown>
  /** an open job of this kind with the same subject is returned instead of a second one (a double click) */
  reuse_open_for?: string
}

/** Starts a promotions job through core's job runtime; compensation cancels a job this step created. */
export const enqueuePromotionsJobStep = createStep(
  "promotions-enqueue-job",
  async (input: EnqueuePromotionsJobInput, { container }) => {
    const jobs = container.resolve<Jobs>(FINESSE_JOBS_MODULE)
    if (input.reuse_open_for) {
      const open = await jobs.listFinesseJobs({ kind: input.kind, state: ["queued", "active", "retrying"] }, { take: 20, order: { created_at: "DESC" } })
      const same = open.find((j) => JSON.stringify(j.payload).includes(input.reuse_open_for!))
      if (same) return new StepResponse(same, { created: null as string | null })
    }
    const job = await jobs.enqueue(input.kind, input.payload)
    const created = job.state === "queued" && job.attempts === 0
    return new StepResponse(job, { created: created ? job.id : null })
  },
  async (data, { container }) => {
    if (!data?.created) return
    await container.resolve<Jobs>(FINESSE_JOBS_MODULE).cancelJob(data.created).catch(() => undefined)
  }
)

export const enqueuePromotionsJobWorkflow = createWorkflow("promotions-enqueue-job", (input: EnqueuePromotionsJobInput) => {
  return new WorkflowResponse(enqueuePromotionsJobStep(input))
})
