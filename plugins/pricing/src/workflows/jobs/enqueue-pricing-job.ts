import { FINESSE_JOBS_MODULE, type JobRecord } from "@finesse/core/job-runtime"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"

type Jobs = {
  enqueue(kind: string, payload: unknown, options?: { jobId?: string; delayMs?: number }): Promise<JobRecord>
  listFinesseJobs(filter: Record<string, unknown>, config?: Record<string, unknown>): Promise<JobRecord[]>
  cancelJob(id: string): Promise<unknown>
}

export type EnqueuePricingJobInput = {
  kind: "pricing.reprice" | "pricing.elasticity" | "pricing.observations-import" | "pricing.competitor-fetch" | "pricing.alerts"
  payload: Record<string, unknown>
  /** answer the open job of this kind instead of queueing another (a double click) */
  reuse_open?: boolean
  delay_ms?: number
}

/** Queues a pricing job on core's runtime; the compensation cancels a job this step queued. */
const enqueuePricingJobStep = createStep(
  "pricing-enqueue-job",
  async (input: EnqueuePricingJobInput, { container }) => {
    const jobs = container.resolve<Jobs>(FINESSE_JOBS_MODULE)
    if (input.reuse_open) {
      const [open] = await jobs.listFinesseJobs({ kind: input.kind, state: ["queued", "active", "retrying"] }, { take: 1, order: { created_at: "DESC" } })
      if (open) return new StepResponse(open, null as string | null)
    }
    const job = await jobs.enqueue(input.kind, input.payload, input.delay_ms ? { delayMs: input.delay_ms } : {})
    return new StepResponse(job, job.state === "queued" && job.attempts === 0 ? job.id : null)
  },
  async (id, { container }) => {
    if (id) await container.resolve<Jobs>(FINESSE_JOBS_MODULE).cancelJob(id).catch(() => undefined)
  }
)

export const enqueuePricingJobWorkflow = createWorkflow("pricing-enqueue-job", (input: EnqueuePricingJobInput) => new WorkflowResponse(enqueuePricingJobStep(input)))
