import { createPromotionsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { attachIncentiveStep, recordResponseStep, refreshRespondentSegmentsStep, validateResponseStep } from "./steps/record-response"

/** A one-time code, readable over the phone: no 0/O or 1/I. */
function incentiveCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
  let s = ""
  for (let i = 0; i < 8; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)]
  return `THANKS-${s}`
}

/**
 * A logged-in customer answers a survey once: validated answers are stored, become profile traits and refresh
 * the customer's segments; when the survey has an incentive, a single-use promotion code for this customer is
 * created through Medusa's promotion workflow and returned.
 */
export const respondToSurveyWorkflow = createWorkflow(
  "personas-respond-to-survey",
  (input: { survey_id: string; customer_id: string; answers: unknown }) => {
    const plan = validateResponseStep(input)
    const response = recordResponseStep(plan)
    const promotions = when({ plan }, ({ plan }) => !!plan.incentive).then(() =>
      createPromotionsWorkflow.runAsStep({
        input: transform({ plan }, ({ plan }) => {
          const i = plan.incentive!
          return {
            promotionsData: [
              {
                code: incentiveCode(),
                type: "standard" as const,
                status: "active" as const,
                is_automatic: false,
                limit: 1,
                application_method: {
                  type: i.type,
                  target_type: "order" as const,
                  allocation: "across" as const,
                  value: i.value,
                  ...(i.type === "fixed" ? { currency_code: i.currency_code! } : {}),
                },
                rules: [{ attribute: "customer.id", operator: "eq" as const, values: [plan.customer_id] }],
              },
            ],
          }
        }),
      })
    )
    const promotion = transform({ promotions }, ({ promotions }) => {
      const p = (promotions as { id: string; code: string }[] | undefined)?.[0]
      return p ? { id: p.id, code: p.code } : null
    })
    attachIncentiveStep(transform({ response, promotion }, ({ response, promotion }) => ({ response_id: response.id, promotion })))
    refreshRespondentSegmentsStep(transform({ plan }, ({ plan }) => ({ customer_id: plan.customer_id })))
    emitEventStep({
      eventName: "finesse.personas.survey_completed",
      data: transform({ plan, response }, ({ plan, response }) => ({ id: response.id, survey_id: plan.survey_id, customer_id: plan.customer_id })),
    })
    return new WorkflowResponse(transform({ response, promotion }, ({ response, promotion }) => ({ response, promotion_code: promotion?.code ?? null })))
  }
)
