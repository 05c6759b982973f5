import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../../modules/finesse-recommendations/service"
import { getEngine } from "../../../../../../../serving/engine"
import { activateModelVersionWorkflow } from "../../../../../../../workflows/recommendations/activate-model-version"

/** POST /admin/finesse/recommendations/versions/:id/activate — serve this ready version (e.g. roll back to it). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await activateModelVersionWorkflow(req.scope).run({ input: { version_id: req.params.id, actor: req.auth_context.actor_id } })
  await getEngine().refreshModel(true)
  const version = await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).retrieveFinesseRecModelVersion(req.params.id)
  res.json({ version })
}
