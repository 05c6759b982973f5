import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enqueueRecomputeWorkflow } from "../../../../../workflows/personas/enqueue-recompute"

/** POST /admin/finesse/personas/recompute → 202 with the job (the open one if a recompute is already queued or running). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await enqueueRecomputeWorkflow(req.scope).run({ input: { run: `manual-${Date.now()}` } })
  res.status(202).json({ job: result })
}
