import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"
import type { DeliveryInsert } from "../../../modules/finesse-recommendations/store/push"

/**
 * Inserts planned deliveries; a key that exists is left alone (a rerun of the same job, or the same occasion seen
 * again). Compensation deletes only the rows this step created.
 */
export const insertDeliveriesStep = createStep(
  "recommendations-insert-deliveries",
  async (deliveries: DeliveryInsert[], { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    const created: string[] = []
    let existing = 0
    for (const d of deliveries) {
      const r = await recs.insertDelivery(d)
      if (r.created) created.push(r.row.id)
      else existing++
    }
    return new StepResponse({ created: created.length, existing }, created)
  },
  async (created, { container }) => {
    if (created?.length) await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).deleteFinesseRecDeliveries(created)
  }
)
