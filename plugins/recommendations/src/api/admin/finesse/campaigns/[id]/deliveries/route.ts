import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../modules/finesse-recommendations/service"

/** GET /admin/finesse/campaigns/:id/deliveries — the campaign's messages: planned, sent, skipped (with the reason), opens and clicks. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number; status?: string }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const filter: Record<string, unknown> = { campaign_id: req.params.id }
  if (q.status) filter.status = q.status
  const [deliveries, count] = await recs.listAndCountFinesseRecDeliveries(filter as any, { order: { created_at: "DESC" }, take: q.limit, skip: q.offset })
  res.json({ deliveries, count, offset: q.offset, limit: q.limit })
}
