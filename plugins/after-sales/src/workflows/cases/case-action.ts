import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyCaseActionStep, type CaseActionInput } from "./steps/apply-case-action"
import { cancelRemediesStep } from "./steps/cancel-remedies"
import { notifyCustomerStep } from "./steps/notify-customer"
import { scheduleSurveyStep } from "./steps/schedule-survey"

/**
 * One action on a case (reply, note, ask the customer, resolve, reopen, close, cancel, assign, priority, refuse)
 * and what the lib says follows: the survey after a resolution, cancelling Medusa's return/exchange/claim when an
 * approved case is cancelled, and telling the customer about a status change.
 */
export const caseActionWorkflow = createWorkflow("after-sales-case-action", (input: CaseActionInput) => {
  const result = applyCaseActionStep(input)
  when("schedule-survey", { result }, ({ result }) => result.effects.includes("send_survey")).then(() => {
    scheduleSurveyStep(transform({ result, input }, ({ result, input }) => ({ case_id: result.case.id, customer_id: result.case.customer_id, at: input.at ?? Date.now() })))
  })
  const cancelled = when("cancel-remedies", { result }, ({ result }) => result.effects.includes("cancel_remedy")).then(() =>
    cancelRemediesStep(transform({ result }, ({ result }) => ({ case_id: result.case.id })))
  )
  when("notify-customer", { result }, ({ result }) => result.effects.includes("notify_customer")).then(() => {
    notifyCustomerStep(
      transform({ result, input }, ({ result, input }) => ({
        case_id: result.case.id,
        rma_number: result.case.rma_number,
        customer_id: result.case.customer_id,
        to: result.to,
        event_id: result.event_id,
        note: input.note ?? null,
      }))
    )
  })
  emitEventStep({
    eventName: "finesse.after-sales.case.updated",
    data: transform({ result, input }, ({ result, input }) => ({ id: result.case.id, action: input.action, from: result.from, to: result.to })),
  })
  return new WorkflowResponse(transform({ result, cancelled }, ({ result, cancelled }) => ({ ...result, cancelled: cancelled ?? null })))
})
