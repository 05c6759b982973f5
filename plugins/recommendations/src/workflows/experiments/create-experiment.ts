import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createExperimentStep } from "./steps/entity"

export const createExperimentWorkflow = createWorkflow("recommendations-create-experiment", (input: Record<string, unknown>) => {
  return new WorkflowResponse(createExperimentStep(input))
})
