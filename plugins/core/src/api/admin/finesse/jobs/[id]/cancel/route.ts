import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelJobWorkflow } from "../../../../../../workflows/jobs/cancel-job"

/** POST /admin/finesse/jobs/:id/cancel: a waiting job is cancelled at once, a running one at its next progress report. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await cancelJobWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ job: result })
}
