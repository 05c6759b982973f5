import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelJobStep } from "./steps/change-job-state"

/** Cancels a waiting job at once, or asks a running one to stop at its next progress report. */
export const cancelJobWorkflow = createWorkflow("core-cancel-job", (input: { id: string }) => {
  return new WorkflowResponse(cancelJobStep(input))
})
