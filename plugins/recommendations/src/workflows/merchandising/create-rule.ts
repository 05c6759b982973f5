import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { createRuleStep } from "./steps/entity"

export const createRuleWorkflow = createWorkflow("recommendations-create-rule", (input: Record<string, unknown>) => {
  const rule = createRuleStep(input)
  invalidateServingConfigStep()
  return new WorkflowResponse(rule)
})
