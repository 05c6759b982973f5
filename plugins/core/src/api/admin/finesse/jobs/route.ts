import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_JOBS_MODULE } from "../../../../job-runtime/define"
import type FinesseJobsModuleService from "../../../../modules/finesse-jobs/service"
import { enqueueJobWorkflow } from "../../../../workflows/jobs/enqueue-job"
import type { AdminEnqueueJobBodyType, AdminListJobsQueryType } from "./validators"

/** GET /admin/finesse/jobs?kind&state&q&limit&offset&order */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { kind, state, q, limit, offset, order } = req.validatedQuery as AdminListJobsQueryType
  const jobs = req.scope.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
  const filters: Record<string, unknown> = {}
  if (kind?.length) filters.kind = kind
  if (state?.length) filters.state = state
  if (q) filters.$or = [{ id: { $ilike: `%${q}%` } }, { kind: { $ilike: `%${q}%` } }]
  const desc = order.startsWith("-")
  const [resources, count] = await jobs.listAndCountFinesseJobs(filters, {
    skip: offset,
    take: limit,
    order: { [order.replace(/^-/, "")]: desc ? "DESC" : "ASC", id: "ASC" },
  })
  res.json({ jobs: resources, count, offset, limit })
}

/** POST /admin/finesse/jobs { kind, payload, job_id? } → 202 with the job (the existing one for a known id). */
export async function POST(req: AuthenticatedMedusaRequest<AdminEnqueueJobBodyType>, res: MedusaResponse) {
  const { result } = await enqueueJobWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(202).json({ job: result })
}
