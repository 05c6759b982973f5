import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { getEngine } from "../../../../../serving/engine"
import { activateModelVersionWorkflow } from "../../../../../workflows/recommendations/activate-model-version"

/** POST /admin/finesse/recommendations/rollback — serve the newest ready version older than the serving one. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await activateModelVersionWorkflow(req.scope).run({ input: { rollback: true, actor: req.auth_context.actor_id } })
  await getEngine().refreshModel(true)
  const version = await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).retrieveFinesseRecModelVersion(result.id)
  res.json({ version })
}
