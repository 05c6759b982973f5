import { FINESSE_JOBS_MODULE } from "@finesse/core/job-runtime"
import type { JobRecord } from "@finesse/core/job-runtime"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CatalogJobKind = "catalog.forecast" | "catalog.replenishment" | "catalog.quality" | "catalog.categories"

type Jobs = {
  enqueue(kind: string, payload: unknown, options?: { jobId?: string; delayMs?: number }): Promise<JobRecord>
  listFinesseJobs(filter: Record<string, unknown>, config?: Record<string, unknown>): Promise<JobRecord[]>
  cancelJob(id: string): Promise<unknown>
}

export type EnqueueCatalogJobInput = {
  kind: CatalogJobKind
  payload: Record<string, unknown>
  /** Return a job of this kind that is running or was started by hand and waits (a double click on Run). */
  reuse_open?: boolean
  delay_ms?: number
}

/** Starts a catalog job through core's job runtime; compensation cancels a job this step created. */
export const enqueueCatalogJobStep = createStep(
  "catalog-enqueue-job",
  async (input: EnqueueCatalogJobInput, { container }) => {
    const jobs = container.resolve<Jobs>(FINESSE_JOBS_MODULE)
    if (input.reuse_open) {
      // a running job, or one started by hand that waits for a worker; not a delayed automatic one (a rescoring
      // queued two minutes after a product edit), which would make the admin wait for its delay
      const open = await jobs.listFinesseJobs({ kind: input.kind, state: ["queued", "active", "retrying"] }, { take: 5, order: { created_at: "DESC" } })
      const reuse = open.find((j) => j.state === "active" || String((j.payload as Record<string, unknown>)?.run ?? "").startsWith("manual-"))
      if (reuse) return new StepResponse(reuse, { created: null as string | null })
    }
    const job = await jobs.enqueue(input.kind, input.payload, input.delay_ms ? { delayMs: input.delay_ms } : {})
    const created = job.state === "queued" && job.attempts === 0
    return new StepResponse(job, { created: created ? job.id : null })
  },
  async (data: { created: string | null } | undefined, { container }) => {
    if (!data?.created) return
    await container.resolve<Jobs>(FINESSE_JOBS_MODULE).cancelJob(data.created).catch(() => undefined)
  }
)
