import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignStep } from "./steps/campaign-entity"

export const createCampaignWorkflow = createWorkflow("recommendations-create-campaign", (input: Record<string, unknown>) => {
  return new WorkflowResponse(createCampaignStep(input))
})
