import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_PERSONAS_MODULE } from "../../../../../../modules/finesse-personas"
import type FinessePersonasModuleService from "../../../../../../modules/finesse-personas/service"

/**
 * GET /store/finesse/personas/surveys/active: the survey open for answers (or null), its questions, the incentive
 * on offer, and whether this customer has answered it already.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const personas = req.scope.resolve<FinessePersonasModuleService>(FINESSE_PERSONAS_MODULE)
  const [survey] = await personas.listFinessePersonaSurveys({ status: "active" }, { take: 1, order: { updated_at: "DESC" } })
  if (!survey) return void res.json({ survey: null })
  const [questions, answered] = await Promise.all([
    personas.listFinessePersonaSurveyQuestions({ survey_id: survey.id }, { order: { position: "ASC" }, take: null as unknown as number }),
    personas.listFinessePersonaSurveyResponses({ survey_id: survey.id, customer_id: req.auth_context.actor_id }, { select: ["id"] }),
  ])
  res.json({
    survey: {
      id: survey.id,
      key: survey.key,
      title: survey.title,
      description: survey.description,
      incentive: survey.incentive,
      answered: answered.length > 0,
      questions: questions.map((q) => ({
        key: q.key,
        type: q.type,
        prompt: q.prompt,
        options: q.options,
        min: q.min,
        max: q.max,
        required: q.required,
      })),
    },
  })
}
