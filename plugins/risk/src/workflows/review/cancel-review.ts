import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cancelOrderWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { loadHeldAssessmentStep } from "./steps/load-held-assessment"
import { recordReviewOutcomeStep } from "./steps/record-review-outcome"
import { setReviewStatusStep } from "./steps/set-review-status"

export type CancelReviewInput = { id: string; reviewed_by: string | null; fraud: boolean; note?: string | null }

/**
 * Cancels a held order through Medusa's cancel-order workflow (the authorised payment is cancelled, the reservations
 * released), records the cancellation as an outcome (a fraud label when marked so) and emits
 * `finesse.risk.review_cancelled`.
 */
export const cancelReviewWorkflow = createWorkflow("risk-cancel-review", (input: CancelReviewInput) => {
  const held = loadHeldAssessmentStep(transform({ input }, ({ input }) => ({ id: input.id })))
  setReviewStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: "cancelled" as const, reviewed_by: input.reviewed_by, note: input.note })))
  cancelOrderWorkflow.runAsStep({ input: transform({ held, input }, ({ held, input }) => ({ order_id: held.order_id, canceled_by: input.reviewed_by ?? undefined })) })
  recordReviewOutcomeStep(
    transform({ held, input }, ({ held, input }) => ({
      order_id: held.order_id,
      assessment_id: held.id,
      kind: "cancellation" as const,
      fraud: input.fraud,
      created_by: input.reviewed_by,
      amount: held.amount,
      currency_code: held.currency_code,
    }))
  )
  emitEventStep({ eventName: "finesse.risk.review_cancelled", data: transform({ held, input }, ({ held, input }) => ({ id: held.id, order_id: held.order_id, fraud: input.fraud })) })
  return new WorkflowResponse(transform({ held, input }, ({ held, input }) => ({ ...held, review_status: "cancelled", fraud: input.fraud })))
})
