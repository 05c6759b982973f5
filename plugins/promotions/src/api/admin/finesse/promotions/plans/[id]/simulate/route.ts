import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requirePromotion } from "../../../../../../../engine/helpers"
import { enqueuePromotionsJobWorkflow } from "../../../../../../../workflows/jobs/enqueue-job"

/** POST /admin/finesse/promotions/plans/:id/simulate { days } → 202 with the replay job (an open one is reused). */
export async function POST(req: AuthenticatedMedusaRequest<{ days: number }>, res: MedusaResponse) {
  await requirePromotion(req.scope, req.params.id)
  const { result } = await enqueuePromotionsJobWorkflow(req.scope).run({
    input: { kind: "promotions.simulate", payload: { promotion_id: req.params.id, days: req.validatedBody.days, run: `manual-${Date.now()}` }, reuse_open_for: req.params.id },
  })
  res.status(202).json({ job: result })
}
