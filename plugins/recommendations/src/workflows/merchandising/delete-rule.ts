import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { deleteRuleStep } from "./steps/entity"

export const deleteRuleWorkflow = createWorkflow("recommendations-delete-rule", (input: { id: string }) => {
  const result = deleteRuleStep(input.id)
  invalidateServingConfigStep()
  return new WorkflowResponse(result)
})
