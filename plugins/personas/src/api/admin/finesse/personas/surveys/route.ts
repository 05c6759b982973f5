import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SurveyQuestion } from "../../../../../lib/surveys/survey-definition"
import { loadSurveyWithQuestions } from "../../../../../workflows/surveys/steps/load-survey"
import { saveSurveyWorkflow } from "../../../../../workflows/surveys/save-survey"
import { actorOf, personasOf } from "../helpers"
import type { AdminCreateSurveyBodyType, AdminListSurveysQueryType } from "../validators"

/** GET /admin/finesse/personas/surveys?status&limit&offset */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status } = req.validatedQuery as AdminListSurveysQueryType
  const personas = personasOf(req)
  const [surveys, count] = await personas.listAndCountFinessePersonaSurveys(status ? { status } : {}, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "ASC" },
  })
  const questions = surveys.length
    ? await personas.listFinessePersonaSurveyQuestions({ survey_id: surveys.map((s) => s.id) }, { order: { position: "ASC" }, take: null as unknown as number })
    : []
  res.json({ surveys: surveys.map((s) => ({ ...s, questions: questions.filter((q) => q.survey_id === s.id) })), count, offset, limit })
}

/** POST /admin/finesse/personas/surveys → 201 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSurveyBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  const { result } = await saveSurveyWorkflow(req.scope).run({
    input: { ...body, questions: body.questions as SurveyQuestion[], created_by: actorOf(req) },
  })
  res.status(201).json({ survey: await loadSurveyWithQuestions(personasOf(req), result.id) })
}
