import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCampaignStep } from "./steps/campaign-entity"

export const deleteCampaignWorkflow = createWorkflow("recommendations-delete-campaign", (input: { id: string }) => {
  return new WorkflowResponse(deleteCampaignStep(input.id))
})
