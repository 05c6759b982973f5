import { generateEntityId, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { decideFollowUp, type FollowUpDecision } from "../../../lib/satisfaction/survey-results"
import { service } from "../../../engine/case-change"
import { loadConfig } from "../../../engine/config"

export type SurveyAnswerInput = { token: string; score: number; comment?: string | null; at?: number }

/**
 * Records a survey answer (once: the survey's status moves to answered in the same conditional update) with what
 * the results group by, and decides with lib decideFollowUp whether a low score reopens the case or opens a
 * follow-up case.
 */
export const recordSurveyResponseStep = createStep(
  "after-sales-record-survey-response",
  async (input: SurveyAnswerInput, { container }) => {
    const db = service(container).db()
    const at = input.at ?? Date.now()
    const { settings } = await loadConfig(container)
    const survey = await db("finesse_after_sales_survey").where({ token: input.token }).whereNull("deleted_at").first()
    if (!survey) throw new MedusaError(MedusaError.Types.NOT_FOUND, "this survey link is not valid")
    const max = survey.scale === "nps" ? 10 : 5
    const min = survey.scale === "nps" ? 0 : 1
    if (!Number.isInteger(input.score) || input.score < min || input.score > max) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: score: a ${survey.scale} answer is ${min}..${max}`)
    if (survey.status === "answered") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this survey was already answered")
    const c = await db("finesse_after_sales_case").where({ id: survey.case_id }).first()
    const decision: FollowUpDecision = decideFollowUp({ scale: survey.scale, score: input.score }, { status: c.status, resolvedAt: c.resolved_at ? new Date(c.resolved_at).getTime() : null }, at, settings.follow_up)
    const id = generateEntityId(undefined, "fasres")
    await db.transaction(async (trx: any) => {
      const claimed = await trx("finesse_after_sales_survey").where({ id: survey.id }).whereNot({ status: "answered" }).update({ status: "answered", answered_at: new Date(at), updated_at: new Date() }).returning("id")
      if (!claimed.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this survey was already answered")
      await trx("finesse_after_sales_survey_response").insert({
        id,
        survey_id: survey.id,
        case_id: c.id,
        customer_id: c.customer_id,
        scale: survey.scale,
        score: input.score,
        comment: input.comment?.trim() ? fieldCipher(container).encrypt(input.comment.trim()) : null,
        agent_id: c.assignee_id,
        reason: c.reason,
        product_ids: JSON.stringify(c.product_ids ?? []),
        category_ids: JSON.stringify(c.category_ids ?? []),
        answered_at: new Date(at),
        follow_up: decision.action,
        created_at: new Date(at),
        updated_at: new Date(at),
      })
      await trx("finesse_after_sales_case").where({ id: c.id }).update({ survey_status: "answered", [survey.scale]: input.score })
    })
    return new StepResponse(
      { response_id: id, case_id: c.id as string, customer_id: c.customer_id as string | null, order_id: c.order_id as string | null, kind: c.kind as string, rma_number: c.rma_number as string, scale: survey.scale as string, follow_up: decision },
      { id, survey_id: survey.id, case_id: c.id, previous_status: survey.status }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    await db("finesse_after_sales_survey_response").where({ id: undo.id }).delete()
    await db("finesse_after_sales_survey").where({ id: undo.survey_id }).update({ status: undo.previous_status, answered_at: null })
    await db("finesse_after_sales_case").where({ id: undo.case_id }).update({ survey_status: undo.previous_status, csat: null, nps: null })
  }
)
