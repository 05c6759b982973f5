import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { updateRuleStep } from "./steps/entity"

export const updateRuleWorkflow = createWorkflow("recommendations-update-rule", (input: { id: string } & Record<string, unknown>) => {
  const rule = updateRuleStep(input)
  invalidateServingConfigStep()
  return new WorkflowResponse(rule)
})
