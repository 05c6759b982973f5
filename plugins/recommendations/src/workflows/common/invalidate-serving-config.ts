import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../modules/finesse-recommendations/service"
import { existingEngine } from "../../serving/engine"

/** Serving re-reads rules, experiments and settings: here at once, in other processes at their next poll. */
export const invalidateServingConfigStep = createStep("recommendations-invalidate-serving-config", async (_: void, { container }) => {
  await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).recordInvalidation("rules", null)
  await existingEngine()?.refreshConfig()
  return new StepResponse(true)
})
