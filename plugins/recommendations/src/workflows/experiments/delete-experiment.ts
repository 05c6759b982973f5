import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { invalidateServingConfigStep } from "../common/invalidate-serving-config"
import { deleteExperimentStep } from "./steps/entity"

export const deleteExperimentWorkflow = createWorkflow("recommendations-delete-experiment", (input: { id: string }) => {
  const result = deleteExperimentStep(input.id)
  invalidateServingConfigStep()
  return new WorkflowResponse(result)
})
