import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_JOBS_MODULE } from "@finesse/core/job-runtime"
import type { JobRecord } from "@finesse/core/job-runtime"
import { describeAudit } from "@finesse/core/access"
import { FINESSE_CATALOG_MODULE } from "../../../../modules/finesse-catalog"
import type FinesseCatalogModuleService from "../../../../modules/finesse-catalog/service"
import { enqueueCatalogJobWorkflow } from "../../../../workflows/jobs/enqueue-catalog-job"
import type { CatalogJobKind } from "../../../../workflows/jobs/steps/enqueue-job"

export const catalogService = (req: AuthenticatedMedusaRequest) => req.scope.resolve<FinesseCatalogModuleService>(FINESSE_CATALOG_MODULE)

type Jobs = { listFinesseJobs(filter: Record<string, unknown>, config?: Record<string, unknown>): Promise<JobRecord[]> }

/** The latest job of each kind (what the pages' run buttons follow). */
export async function latestJobs(req: AuthenticatedMedusaRequest, kinds: CatalogJobKind[]) {
  const jobs = req.scope.resolve<Jobs>(FINESSE_JOBS_MODULE)
  const out: Record<string, JobRecord | null> = {}
  await Promise.all(
    kinds.map(async (k) => {
      const [j] = await jobs.listFinesseJobs({ kind: k }, { take: 1, order: { created_at: "DESC" } })
      out[k.replace("catalog.", "")] = j ?? null
    })
  )
  return out
}

/** Starts a catalog job from a route (or answers the open one) and says so in the audit log: 202 { job }. */
export async function startJob(req: AuthenticatedMedusaRequest, res: MedusaResponse, kind: CatalogJobKind, payload: Record<string, unknown>, summary: string) {
  const { result: job } = await enqueueCatalogJobWorkflow(req.scope).run({ input: { kind, payload: { ...payload, run: `manual-${Date.now()}` } } })
  describeAudit(req, { action: `${kind}.requested`, summary: `${summary} (job ${job.id})`, resource_type: "finesse_job", resource_id: job.id, changes: { payload } })
  res.status(202).json({ job })
}

/** Epoch ms → ISO day. */
export const day = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString().slice(0, 10) : null)
