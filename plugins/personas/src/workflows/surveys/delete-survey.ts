import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSurveyStep } from "./steps/delete-survey"
import { loadSurveyStep } from "./steps/load-survey"

export const deleteSurveyWorkflow = createWorkflow("personas-delete-survey", (input: { id: string }) => {
  loadSurveyStep(input)
  return new WorkflowResponse(deleteSurveyStep(input))
})
