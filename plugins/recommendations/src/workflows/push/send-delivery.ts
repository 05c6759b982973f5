import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationStep, type SendInput } from "./steps/send-notification"

/** Sends one scheduled message (at most once: see sendNotificationStep). */
export const sendDeliveryWorkflow = createWorkflow("recommendations-send-delivery", (input: SendInput) => {
  return new WorkflowResponse(sendNotificationStep(input))
})
