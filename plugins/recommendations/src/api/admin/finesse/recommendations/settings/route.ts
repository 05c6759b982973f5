import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { mergeSettings } from "../../../../../lib/settings"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { updateRecommendationSettingsWorkflow } from "../../../../../workflows/recommendations/update-settings"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ settings: await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).getSettings() })
}

/** POST /admin/finesse/recommendations/settings — partial update (nested objects merge). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as Record<string, unknown>
  const current = await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).getSettings()
  const next = mergeSettings(current, body) as unknown as Record<string, unknown>
  const { result } = await updateRecommendationSettingsWorkflow(req.scope).run({ input: Object.fromEntries(Object.keys(body).map((k) => [k, next[k]])) })
  res.json({ settings: result })
}
