import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { computePromotionChecksStep, type ComputeChecksInput } from "./steps/compute-checks"
import { storePromotionChecksStep } from "./steps/store-checks"

/**
 * The pre-launch checks of a promotion (overlap, margin floor, stock cover, budget burn, peak-day clash) on the
 * store's real data, stored as the promotion's latest check run.
 */
export const runPromotionChecksWorkflow = createWorkflow("promotions-run-checks", (input: ComputeChecksInput) => {
  const computed = computePromotionChecksStep(input)
  const stored = storePromotionChecksStep(computed)
  emitEventStep({
    eventName: "finesse.promotions.checks_run",
    data: transform({ computed }, ({ computed }) => ({ promotion_id: computed.promotion_id, status: computed.status })),
  })
  return new WorkflowResponse(transform({ computed, stored }, ({ computed, stored }) => ({ ...computed, run_id: stored.run_id })))
})
