import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { decideProposalsStep, type DecideInput } from "./steps/decide-proposals"

/** Approves or rejects pending proposals of a batch; who and when stay on each proposal. */
export const decidePricingProposalsWorkflow = createWorkflow("pricing-decide-proposals", (input: DecideInput) => {
  return new WorkflowResponse(decideProposalsStep(input))
})
