import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { recordOutcome } from "../../../engine/outcomes"

/** The review's decision as an outcome of the order (an approval; a cancellation, marked fraud or not): a label. */
export const recordReviewOutcomeStep = createStep(
  "risk-record-review-outcome",
  async (input: { order_id: string; assessment_id: string; kind: "review_approved" | "cancellation"; fraud: boolean; created_by: string | null; amount: number; currency_code: string }, { container }) => {
    await recordOutcome(container, {
      order_id: input.order_id,
      kind: input.kind,
      fraud: input.fraud,
      occurred_at: new Date(),
      amount: input.amount,
      currency_code: input.currency_code,
      source: "review",
      source_id: `review:${input.assessment_id}`,
      created_by: input.created_by,
    })
    return new StepResponse({ recorded: true })
  }
)
