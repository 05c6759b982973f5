import { emitEventStep, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { loadRefundStep, type RefundCaseInput } from "./steps/load-refund"
import { recordRefundStep } from "./steps/record-refund"

/** Refunds an approved return or claim through Medusa's refundPaymentWorkflow, within what Medusa says it owes. */
export const refundCaseWorkflow = createWorkflow("after-sales-refund-case", (input: RefundCaseInput) => {
  const plan = loadRefundStep(input)
  refundPaymentWorkflow.runAsStep({
    input: transform({ plan, input }, ({ plan, input }) => ({
      payment_id: plan.payment_id,
      amount: plan.amount_major,
      created_by: input.actor.type === "system" ? undefined : (input.actor.id ?? undefined),
      note: input.note ?? `After-sales case ${plan.case_id}`,
    })),
  })
  const recorded = recordRefundStep(transform({ plan, input }, ({ plan, input }) => ({ plan, actor: input.actor, at: input.at })))
  emitEventStep({
    eventName: "finesse.after-sales.case.refunded",
    data: transform({ plan }, ({ plan }) => ({ id: plan.case_id, remedy_id: plan.remedy_id, amount: plan.amount, currency_code: plan.currency_code })),
  })
  return new WorkflowResponse(transform({ plan, recorded }, ({ plan, recorded }) => ({ ...plan, ...recorded })))
})
