import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { scheduleSurveyStep } from "../cases/steps/schedule-survey"
import { updateRepairStep, type UpdateRepairInput } from "./steps/update-repair"

/** One step of a repair (received, diagnosing, quote sent, repaired, shipped back…); completing it resolves the case and schedules the survey. */
export const updateRepairWorkflow = createWorkflow("after-sales-update-repair", (input: UpdateRepairInput) => {
  const r = updateRepairStep(input)
  when("repair-survey", { r }, ({ r }) => r.resolved).then(() => {
    scheduleSurveyStep(transform({ r, input }, ({ r, input }) => ({ case_id: input.case_id, customer_id: r.customer_id, at: input.at ?? Date.now() }))).config({ name: "after-sales-repair-survey" })
  })
  emitEventStep({ eventName: "finesse.after-sales.repair.updated", data: transform({ r, input }, ({ r, input }) => ({ id: input.case_id, repair_id: r.repair_id, from: r.from, to: r.to })) })
  return new WorkflowResponse(r)
})
