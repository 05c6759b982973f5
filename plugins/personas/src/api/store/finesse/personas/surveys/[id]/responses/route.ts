import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondToSurveyWorkflow } from "../../../../../../../workflows/surveys/respond-to-survey"
import type { StoreSurveyResponseBodyType } from "../../../validators"

/**
 * POST /store/finesse/personas/surveys/:id/responses { answers } → 201 with the response and, when the survey has
 * an incentive, the customer's single-use promotion code. 400 names a bad answer, 409 on a second answer.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreSurveyResponseBodyType>, res: MedusaResponse) {
  const { result } = await respondToSurveyWorkflow(req.scope).run({
    input: { survey_id: req.params.id, customer_id: req.auth_context.actor_id, answers: req.validatedBody.answers },
  })
  res.status(201).json({
    response: { id: result.response.id, survey_id: result.response.survey_id, answers: result.response.answers, created_at: result.response.created_at },
    promotion_code: result.promotion_code,
  })
}
