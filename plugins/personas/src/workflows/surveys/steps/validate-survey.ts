import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateSurveyQuestions, type SurveyQuestion } from "../../../lib/surveys/survey-definition"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"
import type { SurveyInput } from "./save-survey"

/**
 * The checks zod cannot do: questions that fit their type (400 naming `questions[i].field`), a free key (422), a
 * fixed key once created, and questions frozen once customers have answered (their answers are traits).
 */
export const validateSurveyStep = createStep("personas-validate-survey", async (input: SurveyInput, { container }) => {
  const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  if (input.questions) {
    const errors = validateSurveyQuestions(input.questions as SurveyQuestion[])
    if (errors.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid survey: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`)
    }
  }
  if (!input.id) {
    const [taken] = await personas.listFinessePersonaSurveys({ key: input.key! }, { withDeleted: true })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `key: a survey with key "${input.key}" already exists`)
  } else {
    const current = await personas.retrieveFinessePersonaSurvey(input.id)
    if (input.key !== undefined && input.key !== current.key) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `key: a survey key cannot change (answers are stored as survey.${current.key}.*)`)
    }
    if (input.questions && current.response_count > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `questions: survey ${input.id} already has ${current.response_count} responses; its questions can no longer change (create a new survey)`
      )
    }
  }
  if (input.incentive?.type === "fixed" && !input.incentive.currency_code) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "incentive.currency_code: required for a fixed-amount incentive")
  }
  return new StepResponse(true)
})
