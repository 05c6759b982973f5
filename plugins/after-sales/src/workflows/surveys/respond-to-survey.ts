import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { applyCaseActionStep } from "../cases/steps/apply-case-action"
import { openCaseWorkflow } from "../cases/open-case"
import { linkFollowUpStep } from "./steps/link-follow-up"
import { recordSurveyResponseStep, type SurveyAnswerInput } from "./steps/record-response"

const SYSTEM = { type: "system" as const, id: null }

/**
 * A customer answers the satisfaction survey (by the token in their message). A low score reopens the case while it
 * is recently resolved (the same agent picks it up), otherwise opens a follow-up case linked to it; either way the
 * score and comment reach the agents as an internal note.
 */
export const respondToSurveyWorkflow = createWorkflow("after-sales-respond-to-survey", (input: SurveyAnswerInput) => {
  const r = recordSurveyResponseStep(input)
  const note = transform({ r, input }, ({ r, input }) => `Satisfaction: ${input.score} (${r.scale})${input.comment?.trim() ? ` — “${input.comment.trim()}”` : ""}. ${r.follow_up.reason}.`)
  when("survey-reopen", { r }, ({ r }) => r.follow_up.action === "reopen").then(() => {
    applyCaseActionStep(
      transform({ r, input }, ({ r, input }) => ({
        case_id: r.case_id,
        actor: SYSTEM,
        action: "reopen" as const,
        note: "Thank you for your feedback. We have reopened your case and will get back to you.",
        data: { survey_score: input.score },
        at: input.at,
      }))
    ).config({ name: "after-sales-survey-reopen" })
    linkFollowUpStep(transform({ r }, ({ r }) => ({ response_id: r.response_id, case_id: r.case_id }))).config({ name: "after-sales-survey-link-reopened" })
  })
  const followUp = when("survey-follow-up", { r }, ({ r }) => r.follow_up.action === "follow_up_case").then(() => {
    const created = openCaseWorkflow.runAsStep({
      input: transform({ r, input }, ({ r, input }) => ({
        actor: SYSTEM,
        customer_id: r.customer_id,
        order_id: r.order_id,
        kind: "question" as const,
        channel: "web" as const,
        subject: `Follow-up of ${r.rma_number}: low satisfaction score`,
        body: `The customer rated case ${r.rma_number} ${input.score} (${r.scale}) after it was closed.`,
        reason: "low_satisfaction",
        priority: "high" as const,
        follow_up_of: r.case_id,
        at: input.at,
      })),
    })
    linkFollowUpStep(transform({ r, created }, ({ r, created }) => ({ response_id: r.response_id, case_id: created.id }))).config({ name: "after-sales-survey-link-follow-up" })
    return created
  })
  applyCaseActionStep(
    transform({ r, note, input }, ({ r, note, input }) => ({ case_id: r.case_id, actor: SYSTEM, action: "note" as const, body: note, at: input.at }))
  ).config({ name: "after-sales-survey-note" })
  emitEventStep({
    eventName: "finesse.after-sales.survey.answered",
    data: transform({ r, input }, ({ r, input }) => ({ case_id: r.case_id, score: input.score, scale: r.scale, follow_up: r.follow_up.action })),
  })
  return new WorkflowResponse(transform({ r, followUp }, ({ r, followUp }) => ({ ...r, follow_up_case_id: (followUp as { id?: string } | undefined)?.id ?? (r.follow_up.action === "reopen" ? r.case_id : null) })))
})
