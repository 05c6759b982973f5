import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCostStep } from "./steps/delete-cost"
import { enqueueRecostStep } from "./steps/enqueue-recost"

export const deleteVariantCostWorkflow = createWorkflow("core-delete-variant-cost", (input: { id: string }) => {
  const cost = deleteCostStep(input)
  enqueueRecostStep(transform({ cost }, ({ cost }) => ({ variant_ids: [cost.variant_id] })))
  return new WorkflowResponse(cost)
})
