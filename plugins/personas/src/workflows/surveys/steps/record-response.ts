import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { answerTraits, validateAnswers, type AnswerValue, type SurveyQuestion } from "../../../lib/surveys/survey-definition"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"
import { refreshCustomerMemberships } from "../../../engine/segments"
import { loadSurveyWithQuestions } from "./load-survey"

const service = (c: { resolve: <T>(k: string) => T }) => c.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)

export type ResponsePlan = {
  survey_id: string
  survey_key: string
  customer_id: string
  answers: Record<string, AnswerValue>
  incentive: { type: "percentage" | "fixed"; value: number; currency_code?: string | null } | null
}

/**
 * Read-only: the survey is active (404 otherwise), the customer has not answered it (409), and the answers fit the
 * questions (400 naming `answers.<key>`).
 */
export const validateResponseStep = createStep(
  "personas-validate-survey-response",
  async (input: { survey_id: string; customer_id: string; answers: unknown }, { container }) => {
    const personas = service(container)
    const survey = await loadSurveyWithQuestions(personas, input.survey_id)
    if (survey.status !== "active") throw new MedusaError(MedusaError.Types.NOT_FOUND, `survey ${input.survey_id} is not open for answers`)
    const [existing] = await personas.listFinessePersonaSurveyResponses({ survey_id: survey.id, customer_id: input.customer_id })
    if (existing) throw new MedusaError(MedusaError.Types.CONFLICT, `you have already answered survey ${survey.id}`)
    const { errors, values } = validateAnswers(survey.questions as unknown as SurveyQuestion[], input.answers)
    if (errors.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid answers: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`)
    const plan: ResponsePlan = {
      survey_id: survey.id,
      survey_key: survey.key,
      customer_id: input.customer_id,
      answers: values,
      incentive: (survey.incentive as ResponsePlan["incentive"]) ?? null,
    }
    return new StepResponse(plan)
  }
)

/**
 * Stores the response and merges the answers into the customer's profile as traits (survey.<survey>.<question>).
 * The unique (survey, customer) index turns a concurrent second answer into a 409. Compensation removes both.
 */
export const recordResponseStep = createStep(
  "personas-record-survey-response",
  async (plan: ResponsePlan, { container }) => {
    const personas = service(container)
    let response
    try {
      response = await personas.createFinessePersonaSurveyResponses({
        survey_id: plan.survey_id,
        customer_id: plan.customer_id,
        answers: plan.answers as Record<string, unknown>,
      })
    } catch (e) {
      if (/unique|duplicate|already exists/i.test((e as Error).message)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `you have already answered survey ${plan.survey_id}`)
      }
      throw e
    }
    const traits = answerTraits(plan.survey_key, plan.answers)
    await personas.mergeSurveyAnswers(plan.customer_id, traits)
    const count = await personas.listAndCountFinessePersonaSurveyResponses({ survey_id: plan.survey_id }, { take: 1 })
    await personas.updateFinessePersonaSurveys({ id: plan.survey_id, response_count: count[1] })
    return new StepResponse(response, { id: response.id, plan, keys: Object.keys(traits) })
  },
  async (prev: { id: string; plan: ResponsePlan; keys: string[] } | undefined, { container }) => {
    if (!prev) return
    const personas = service(container)
    await personas.deleteFinessePersonaSurveyResponses(prev.id)
    await personas.removeSurveyAnswers(prev.plan.customer_id, prev.keys)
    const count = await personas.listAndCountFinessePersonaSurveyResponses({ survey_id: prev.plan.survey_id }, { take: 1 })
    await personas.updateFinessePersonaSurveys({ id: prev.plan.survey_id, response_count: count[1] })
  }
)

/** Notes the incentive code on the response (what the customer was given). */
export const attachIncentiveStep = createStep(
  "personas-attach-survey-incentive",
  async (input: { response_id: string; promotion: { id: string; code: string } | null }, { container }) => {
    if (!input.promotion) return new StepResponse(null)
    const updated = await service(container).updateFinessePersonaSurveyResponses({
      id: input.response_id,
      promotion_id: input.promotion.id,
      promotion_code: input.promotion.code,
    })
    return new StepResponse(updated)
  }
)

/** Survey answers can move the customer in or out of segments that test them. */
export const refreshRespondentSegmentsStep = createStep(
  "personas-refresh-respondent-segments",
  async (input: { customer_id: string }, { container }) => {
    const changed = await refreshCustomerMemberships(service(container), [input.customer_id], Date.now())
    return new StepResponse(changed.map((c) => c.segment.id))
  }
)
