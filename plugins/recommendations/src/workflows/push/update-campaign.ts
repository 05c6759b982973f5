import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateCampaignStep } from "./steps/campaign-entity"

export const updateCampaignWorkflow = createWorkflow("recommendations-update-campaign", (input: { id: string } & Record<string, unknown>) => {
  return new WorkflowResponse(updateCampaignStep(input))
})
