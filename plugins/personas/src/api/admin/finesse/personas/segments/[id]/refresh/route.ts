import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refreshSegmentWorkflow } from "../../../../../../../workflows/segments/refresh-segment"

/** POST /admin/finesse/personas/segments/:id/refresh → 202 with the job that re-evaluates (and auto-syncs) the segment. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await refreshSegmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.status(202).json({ job: result })
}
