import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { experimentWithResults } from "../../../../../reads/experiment-results"
import { createExperimentWorkflow } from "../../../../../workflows/experiments/create-experiment"

/** GET /admin/finesse/recommendations/experiments — experiments with their results (CTR and conversion, B vs A). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [rows, count] = await recs.listAndCountFinesseRecExperiments({}, { order: { number: "DESC" }, take: q.limit, skip: q.offset })
  const experiments = await Promise.all(rows.map((e) => experimentWithResults(recs, e)))
  res.json({ experiments, count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/recommendations/experiments — a draft experiment; start it with POST …/:id/start. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await createExperimentWorkflow(req.scope).run({
    input: { ...(req.validatedBody as Record<string, unknown>), status: "draft", created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ experiment: result })
}
