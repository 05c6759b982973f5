import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { captureOrderPaymentsStep } from "./steps/capture-order-payments"
import { loadHeldAssessmentStep } from "./steps/load-held-assessment"
import { recordReviewOutcomeStep } from "./steps/record-review-outcome"
import { setReviewStatusStep } from "./steps/set-review-status"

export type ApproveReviewInput = { id: string; reviewed_by: string | null; note?: string | null }

/**
 * Approves a held order: marks the assessment approved (back in the queue if anything later fails), captures the
 * authorised payment through Medusa's capture workflow, records the approval as an outcome and emits
 * `finesse.risk.review_approved`.
 */
export const approveReviewWorkflow = createWorkflow("risk-approve-review", (input: ApproveReviewInput) => {
  const held = loadHeldAssessmentStep(transform({ input }, ({ input }) => ({ id: input.id })))
  setReviewStatusStep(transform({ input }, ({ input }) => ({ id: input.id, status: "approved" as const, reviewed_by: input.reviewed_by, note: input.note })))
  const captured = captureOrderPaymentsStep(transform({ held, input }, ({ held, input }) => ({ order_id: held.order_id, captured_by: input.reviewed_by })))
  recordReviewOutcomeStep(
    transform({ held, input }, ({ held, input }) => ({
      order_id: held.order_id,
      assessment_id: held.id,
      kind: "review_approved" as const,
      fraud: false,
      created_by: input.reviewed_by,
      amount: held.amount,
      currency_code: held.currency_code,
    }))
  )
  emitEventStep({ eventName: "finesse.risk.review_approved", data: transform({ held }, ({ held }) => ({ id: held.id, order_id: held.order_id })) })
  return new WorkflowResponse(transform({ held, captured }, ({ held, captured }) => ({ ...held, review_status: "approved", captured: captured.captured })))
})
