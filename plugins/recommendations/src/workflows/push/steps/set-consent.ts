import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../modules/finesse-recommendations/service"

export type SetConsentInput = {
  customer_id: string
  values: { email?: boolean; sms?: boolean; feed?: boolean }
  source: string
  /** An unsubscribe: records when (for the admin and for audits). */
  unsubscribe?: boolean
}

/** Sets a customer's message consent per channel; compensation restores the previous consent. */
export const setConsentStep = createStep(
  "recommendations-set-consent",
  async (input: SetConsentInput, { container }) => {
    const recs = container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
    const { previous, current } = await recs.upsertConsent(input.customer_id, input.values, input.source, !!input.unsubscribe)
    return new StepResponse(current, { customer_id: input.customer_id, previous })
  },
  async (data, { container }) => {
    if (!data) return
    await container.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).restoreConsent(data.customer_id, data.previous)
  }
)
