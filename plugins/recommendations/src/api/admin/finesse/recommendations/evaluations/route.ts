import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"

/** GET /admin/finesse/recommendations/evaluations — offline evaluation history (HR, recall, NDCG at k per version). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [evaluations, count] = await recs.listAndCountFinesseRecEvaluations({}, { order: { version_number: "DESC", model: "ASC", protocol: "ASC" }, take: q.limit, skip: q.offset })
  res.json({ evaluations, count, offset: q.offset, limit: q.limit })
}
