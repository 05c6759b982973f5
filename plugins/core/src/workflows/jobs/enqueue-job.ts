import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueueJobStep, type EnqueueJobInput } from "./steps/enqueue-job"

/** Starts a background job of a registered kind (validated against its payload schema). */
export const enqueueJobWorkflow = createWorkflow("core-enqueue-job", (input: EnqueueJobInput) => {
  return new WorkflowResponse(enqueueJobStep(input))
})
