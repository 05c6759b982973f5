import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordCustomerCreatedStep } from "./steps/record-customer-created"

/** A customer account created in Medusa becomes a `customer_created` behaviour event. */
export const trackCustomerCreatedWorkflow = createWorkflow("core-track-customer-created", (input: { customer_id: string }) => {
  return new WorkflowResponse(recordCustomerCreatedStep(input))
})
