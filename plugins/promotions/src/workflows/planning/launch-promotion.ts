import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, updatePromotionsStatusWorkflow } from "@medusajs/medusa/core-flows"
import { markPlansLaunchedStep } from "./steps/mark-launched"
import { prepareLaunchStep } from "./steps/prepare-launch"

export type LaunchPromotionInput = { promotion_id: string; launched_by: string | null }

/** Launches a planned promotion without a holdout: Medusa's promotions become active, the plan records who and when. */
export const launchPromotionWorkflow = createWorkflow("promotions-launch", (input: LaunchPromotionInput) => {
  const prepared = prepareLaunchStep(transform({ input }, ({ input }) => ({ promotion_id: input.promotion_id })))
  updatePromotionsStatusWorkflow.runAsStep({
    input: transform({ prepared }, ({ prepared }) => ({ promotionsData: prepared.promotion_ids.map((id) => ({ id, status: "active" as const })) })),
  })
  const plans = markPlansLaunchedStep(
    transform({ prepared, input }, ({ prepared, input }) => ({ promotion_ids: prepared.promotion_ids, launched_by: input.launched_by, experiment_id: null, launched_at: Date.now() }))
  )
  emitEventStep({
    eventName: "finesse.promotions.launched",
    data: transform({ prepared }, ({ prepared }) => ({ promotion_ids: prepared.promotion_ids, code: prepared.code })),
  })
  return new WorkflowResponse(plans)
})
