import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { DeliveryInsert } from "../../modules/finesse-recommendations/store/push"
import { insertDeliveriesStep } from "./steps/insert-deliveries"

/** Records the messages a campaign run planned (scheduled at each customer's send time, or skipped with a reason). */
export const scheduleDeliveriesWorkflow = createWorkflow("recommendations-schedule-deliveries", (input: { deliveries: DeliveryInsert[] }) => {
  return new WorkflowResponse(insertDeliveriesStep(input.deliveries))
})
