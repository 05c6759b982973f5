import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { retryJobWorkflow } from "../../../../../../workflows/jobs/retry-job"

/** POST /admin/finesse/jobs/:id/retry: a failed or cancelled job runs again (404 unknown, 400 otherwise). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await retryJobWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.status(202).json({ job: result })
}
