import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** Soft-deletes a survey and its questions; its responses (and the traits they became) stay. */
export const deleteSurveyStep = createStep(
  "personas-delete-survey",
  async (input: { id: string }, { container }) => {
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    const questions = await personas.listFinessePersonaSurveyQuestions({ survey_id: input.id }, { take: null as unknown as number })
    if (questions.length) await personas.softDeleteFinessePersonaSurveyQuestions(questions.map((q) => q.id))
    await personas.softDeleteFinessePersonaSurveys(input.id)
    return new StepResponse({ id: input.id }, { id: input.id, questions: questions.map((q) => q.id) })
  },
  async (prev: { id: string; questions: string[] } | undefined, { container }) => {
    if (!prev) return
    const personas = container.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
    await personas.restoreFinessePersonaSurveys(prev.id)
    if (prev.questions.length) await personas.restoreFinessePersonaSurveyQuestions(prev.questions)
  }
)
