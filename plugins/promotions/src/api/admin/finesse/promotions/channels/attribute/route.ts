import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { enqueuePromotionsJobWorkflow } from "../../../../../../workflows/jobs/enqueue-job"

/** POST /admin/finesse/promotions/channels/attribute { days, lookback_days } → 202 with the attribution job. */
export async function POST(req: AuthenticatedMedusaRequest<{ days: number; lookback_days: number }>, res: MedusaResponse) {
  const { result } = await enqueuePromotionsJobWorkflow(req.scope).run({
    input: { kind: "promotions.attribute", payload: { days: req.validatedBody.days, lookback_days: req.validatedBody.lookback_days, run: `manual-${Date.now()}` }, reuse_open_for: "manual-" },
  })
  res.status(202).json({ job: result })
}
