import { FINESSE_JOBS_MODULE } from "@finesse/core/job-runtime"
import type { JobRecord } from "@finesse/core/job-runtime"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Jobs = {
  enqueue(kind: string, payload: unknown, options?: { jobId?: string; delayMs?: number }): Promise<JobRecord>
  listFinesseJobs(filter: Record<string, unknown>, config?: Record<string, unknown>): Promise<JobRecord[]>
  cancelJob(id: string): Promise<unknown>
}

export type EnqueuePersonasJobInput = {
  kind: "personas.recompute" | "personas.segments"
  payload: Record<string, unknown>
  /** Return a job of this kind that is still open instead of starting another (a double click on Recompute). */
  reuse_open?: boolean
  delay_ms?: number
  /**
   * The payload's `run` names a window of work (say, the segments touched by orders in one minute). When the job of
   * that window has already started or finished, it read the state before this change: start another one.
   */
  rerun_if_started?: boolean
}

/** Starts a personas job through core's job runtime; compensation cancels a job this step created. */
export const enqueuePersonasJobStep = createStep(
  "personas-enqueue-job",
  async (input: EnqueuePersonasJobInput, { container }) => {
    const jobs = container.resolve<Jobs>(FINESSE_JOBS_MODULE)
    if (input.reuse_open) {
      const [open] = await jobs.listFinesseJobs(
        { kind: input.kind, state: ["queued", "active", "retrying"] },
        { take: 1, order: { created_at: "DESC" } }
      )
      if (open) return new StepResponse(open, { created: null as string | null })
    }
    const options = input.delay_ms ? { delayMs: input.delay_ms } : {}
    let job = await jobs.enqueue(input.kind, input.payload, options)
    if (input.rerun_if_started && !(job.state === "queued" && job.attempts === 0)) {
      job = await jobs.enqueue(input.kind, { ...input.payload, run: `${input.payload.run}-${Date.now()}` }, options)
    }
    const created = job.state === "queued" && job.attempts === 0
    return new StepResponse(job, { created: created ? job.id : null })
  },
  async (data: { created: string | null } | undefined, { container }) => {
    const id = data?.created
    if (!id) return
    await container
      .resolve<Jobs>(FINESSE_JOBS_MODULE)
      .cancelJob(id)
      .catch(() => undefined)
  }
)
