import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SurveyQuestion } from "../../../lib/surveys/survey-definition"
import { FINESSE_PERSONAS_MODULE } from "../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../modules/finesse-personas/service"

export type Incentive = { type: "percentage" | "fixed"; value: number; currency_code?: string | null }

export type SurveyInput = {
  id?: string
  key?: string
  title?: string
  description?: string | null
  status?: "draft" | "active" | "closed"
  incentive?: Incentive | null
  questions?: SurveyQuestion[]
  created_by?: string | null
}

const SURVEY_FIELDS = ["title", "description", "status", "incentive"] as const
const service = (c: { resolve: <T>(k: string) => T }) => c.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)

/** Creates or updates the survey row; compensation deletes the new one or restores the previous fields. */
export const saveSurveyStep = createStep(
  "personas-save-survey",
  async (input: SurveyInput, { container }) => {
    const personas = service(container)
    if (!input.id) {
      const survey = await personas.createFinessePersonaSurveys({
        key: input.key!,
        title: input.title!,
        description: input.description ?? null,
        status: input.status ?? "draft",
        incentive: (input.incentive ?? null) as Record<string, unknown> | null,
        created_by: input.created_by ?? null,
      })
      return new StepResponse(survey, { created: survey.id })
    }
    const before = await personas.retrieveFinessePersonaSurvey(input.id)
    const patch: Record<string, unknown> = { id: input.id }
    for (const f of SURVEY_FIELDS) if (input[f] !== undefined) patch[f] = input[f]
    const survey = await personas.updateFinessePersonaSurveys(patch as never)
    const previous: Record<string, unknown> = { id: input.id }
    for (const f of SURVEY_FIELDS) previous[f] = (before as Record<string, unknown>)[f]
    return new StepResponse(survey, { previous })
  },
  async (prev: { created?: string; previous?: Record<string, unknown> } | undefined, { container }) => {
    if (!prev) return
    if (prev.created) await service(container).deleteFinessePersonaSurveys(prev.created)
    if (prev.previous) await service(container).updateFinessePersonaSurveys(prev.previous as never)
  }
)

/** Replaces a survey's questions (in the given order); compensation puts the old ones back. */
export const replaceQuestionsStep = createStep(
  "personas-replace-survey-questions",
  async (input: { survey_id: string; questions: SurveyQuestion[] }, { container }) => {
    const personas = service(container)
    const old = await personas.listFinessePersonaSurveyQuestions({ survey_id: input.survey_id }, { take: null as unknown as number })
    if (old.length) await personas.deleteFinessePersonaSurveyQuestions(old.map((q) => q.id))
    const created = await personas.createFinessePersonaSurveyQuestions(
      input.questions.map((q, i) => ({
        survey_id: input.survey_id,
        key: q.key,
        type: q.type,
        prompt: q.prompt,
        options: (q.options ?? null) as unknown as Record<string, unknown> | null,
        min: q.type === "scale" ? (q.min ?? 1) : null,
        max: q.type === "scale" ? (q.max ?? 5) : null,
        required: q.required ?? false,
        position: i,
      }))
    )
    return new StepResponse(created, { survey_id: input.survey_id, created: created.map((q) => q.id), old })
  },
  async (prev, { container }) => {
    if (!prev) return
    const personas = service(container)
    if (prev.created.length) await personas.deleteFinessePersonaSurveyQuestions(prev.created)
    if (prev.old.length) {
      await personas.createFinessePersonaSurveyQuestions(
        prev.old.map((q) => ({
          id: q.id,
          survey_id: q.survey_id,
          key: q.key,
          type: q.type,
          prompt: q.prompt,
          options: q.options,
          min: q.min,
          max: q.max,
          required: q.required,
          position: q.position,
        }))
      )
    }
  }
)

/** Only one survey is active for the storefront: activating one closes the others (compensation reopens them). */
export const closeOtherSurveysStep = createStep(
  "personas-close-other-surveys",
  async (input: { survey_id: string }, { container }) => {
    const personas = service(container)
    const others = (await personas.listFinessePersonaSurveys({ status: "active" })).filter((s) => s.id !== input.survey_id)
    if (others.length) await personas.updateFinessePersonaSurveys(others.map((s) => ({ id: s.id, status: "closed" as const })))
    return new StepResponse(others.map((s) => s.id), others.map((s) => s.id))
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await service(container).updateFinessePersonaSurveys(ids.map((id) => ({ id, status: "active" as const })))
  }
)
