import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { retryJobStep } from "./steps/change-job-state"

/** Puts a failed or cancelled job back in its queue with a fresh attempt budget. */
export const retryJobWorkflow = createWorkflow("core-retry-job", (input: { id: string }) => {
  return new WorkflowResponse(retryJobStep(input))
})
