import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { updateSettingsStep } from "./steps/update-settings"

export const updateRecommendationSettingsWorkflow = createWorkflow("recommendations-update-settings", (input: Record<string, unknown>) => {
  const settings = updateSettingsStep(input)
  invalidateServingConfigStep()
  return new WorkflowResponse(settings)
})
