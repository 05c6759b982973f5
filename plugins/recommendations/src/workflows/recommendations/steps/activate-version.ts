import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

/** Switches serving to a version (one transaction); compensation switches back to the previous one. */
export const activateVersionStep = createStep(
  "recommendations-activate-version",
  async (input: { version_id: string; actor: string | null }, { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    try {
      const { previous } = await recs.activateVersion(input.version_id, input.actor)
      await recs.recordInvalidation("model", null)
      return new StepResponse({ previous_version_id: previous }, { previous, version_id: input.version_id })
    } catch (e) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, (e as Error).message)
    }
  },
  async (data, { container }) => {
    if (!data || !data.previous || data.previous === data.version_id) return
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    await recs.activateVersion(data.previous, "compensation")
    await recs.recordInvalidation("model", null)
  }
)
