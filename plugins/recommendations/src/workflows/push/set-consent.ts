import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setConsentStep, type SetConsentInput } from "./steps/set-consent"

/** Preferences from the storefront, or a one-click unsubscribe from a message. */
export const setConsentWorkflow = createWorkflow("recommendations-set-consent", (input: SetConsentInput) => {
  return new WorkflowResponse(setConsentStep(input))
})
