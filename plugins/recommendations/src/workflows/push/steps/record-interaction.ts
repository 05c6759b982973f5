import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

/** Counts an open or a click on a delivery; compensation takes it back. */
export const recordInteractionStep = createStep(
  "recommendations-record-push-interaction",
  async (input: { delivery_id: string; kind: "open" | "click" }, { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    const row = await recs.recordDeliveryInteraction(input.delivery_id, input.kind)
    if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery with id: ${input.delivery_id} was not found`)
    return new StepResponse(
      { id: row.id as string, customer_id: row.customer_id as string, recommendation_id: row.recommendation_id as string | null },
      input
    )
  },
  async (input, { container }) => {
    if (input) await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).undoDeliveryInteraction(input.delivery_id, input.kind)
  }
)
