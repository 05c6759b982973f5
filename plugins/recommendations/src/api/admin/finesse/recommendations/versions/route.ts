import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"

/** GET /admin/finesse/recommendations/versions — training history, newest first, with each version's evaluation. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [versions, count] = await recs.listAndCountFinesseRecModelVersions({}, { order: { number: "DESC" }, take: q.limit, skip: q.offset })
  res.json({ versions, count, offset: q.offset, limit: q.limit })
}
