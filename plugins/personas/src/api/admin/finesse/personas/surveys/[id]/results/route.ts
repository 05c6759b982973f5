import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { summarizeResponses, type SurveyQuestion } from "../../../../../../../lib/surveys/survey-definition"
import { loadSurveyWithQuestions } from "../../../../../../../workflows/surveys/steps/load-survey"
import { personasOf } from "../../../helpers"

/** GET /admin/finesse/personas/surveys/:id/results: per-question summaries (choice counts, scale mean and histogram, latest texts). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const personas = personasOf(req)
  const survey = await loadSurveyWithQuestions(personas, req.params.id)
  const responses = await personas.listFinessePersonaSurveyResponses(
    { survey_id: survey.id },
    { select: ["answers", "promotion_code", "created_at"], order: { created_at: "DESC" }, take: null as unknown as number }
  )
  res.json({
    results: {
      survey_id: survey.id,
      responses: responses.length,
      incentives_given: responses.filter((r) => r.promotion_code).length,
      questions: summarizeResponses(survey.questions as unknown as SurveyQuestion[], responses as unknown as { answers: Record<string, unknown> }[]),
    },
  })
}
