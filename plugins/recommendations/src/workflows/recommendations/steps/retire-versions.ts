import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

/** Retires ready versions beyond the rollback window (their artefacts are deleted). Last step: no compensation needed. */
export const retireOldVersionsStep = createStep("recommendations-retire-old-versions", async (_: void, { container }) => {
  const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  return new StepResponse(await recs.retireOldVersions())
})
