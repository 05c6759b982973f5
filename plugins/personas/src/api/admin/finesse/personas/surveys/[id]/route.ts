import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { SurveyQuestion } from "../../../../../../lib/surveys/survey-definition"
import { deleteSurveyWorkflow } from "../../../../../../workflows/surveys/delete-survey"
import { saveSurveyWorkflow } from "../../../../../../workflows/surveys/save-survey"
import { loadSurveyWithQuestions } from "../../../../../../workflows/surveys/steps/load-survey"
import { personasOf } from "../../helpers"
import type { AdminUpdateSurveyBodyType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ survey: await loadSurveyWithQuestions(personasOf(req), req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateSurveyBodyType>, res: MedusaResponse) {
  const body = req.validatedBody
  await saveSurveyWorkflow(req.scope).run({
    input: { ...body, id: req.params.id, questions: body.questions as SurveyQuestion[] | undefined },
  })
  res.json({ survey: await loadSurveyWithQuestions(personasOf(req), req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteSurveyWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "survey", deleted: true })
}
