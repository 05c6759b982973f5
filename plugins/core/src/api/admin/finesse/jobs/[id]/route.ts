import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_JOBS_MODULE } from "../../../../../job-runtime/define"
import type FinesseJobsModuleService from "../../../../../modules/finesse-jobs/service"

/** GET /admin/finesse/jobs/:id */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const jobs = req.scope.resolve<FinesseJobsModuleService>(FINESSE_JOBS_MODULE)
  const [job] = await jobs.listFinesseJobs({ id: req.params.id })
  if (!job) throw new MedusaError(MedusaError.Types.NOT_FOUND, `job ${req.params.id} was not found`)
  res.json({ job })
}
