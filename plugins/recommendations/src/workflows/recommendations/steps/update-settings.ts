import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

/** Stores settings (whole top-level values, merged over the stored ones by the caller); compensation restores them. */
export const updateSettingsStep = createStep(
  "recommendations-update-settings",
  async (values: Record<string, unknown>, { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    const previous = await recs.setSettingValues(values)
    return new StepResponse(await recs.getSettings(), previous)
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).setSettingValues(previous)
  }
)
