import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requirePromotion } from "../../../../../../../engine/helpers"
import { enqueuePromotionsJobWorkflow } from "../../../../../../../workflows/jobs/enqueue-job"

/** POST /admin/finesse/promotions/plans/:id/evaluate { post_days } → 202 with the evaluation job. */
export async function POST(req: AuthenticatedMedusaRequest<{ post_days: number }>, res: MedusaResponse) {
  await requirePromotion(req.scope, req.params.id)
  const { result } = await enqueuePromotionsJobWorkflow(req.scope).run({
    input: { kind: "promotions.evaluate", payload: { promotion_id: req.params.id, post_days: req.validatedBody.post_days, run: `manual-${Date.now()}` }, reuse_open_for: req.params.id },
  })
  res.status(202).json({ job: result })
}
