import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

/** The survey with its questions (in order), or a 404. */
export async function loadSurveyWithQuestions(personas: FinessePersonasModuleService, id: string) {
  const [survey] = await personas.listFinessePersonaSurveys({ id })
  if (!survey) throw new MedusaError(MedusaError.Types.NOT_FOUND, `survey ${id} was not found`)
  const questions = await personas.listFinessePersonaSurveyQuestions({ survey_id: id }, { order: { position: "ASC" }, take: null as unknown as number })
  return { ...survey, questions }
}

export const loadSurveyStep = createStep("personas-load-survey", async (input: { id: string }, { container }) => {
  return new StepResponse(await loadSurveyWithQuestions(container.resolve(FINESSE_PERSONAS_MODULE), input.id))
})
