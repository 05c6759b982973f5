import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_JOBS_MODULE } from "../../../../job-runtime/define"
import type FinesseJobsModuleService from "../../../../modules/finesse-jobs/service"

/** GET /admin/finesse/job-kinds: every registered job kind with its queue, retry policy and schedule. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const jobs = req.scope.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
  const kinds = await jobs.listJobKinds()
  res.json({ job_kinds: kinds, backend: jobs.backendName, count: kinds.length })
}
