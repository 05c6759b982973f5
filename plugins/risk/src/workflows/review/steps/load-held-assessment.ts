import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FINESSE_RISK_MODULE } from "../../../modules/finesse-risk"
import type FinesseRiskModuleService from "../../../modules/finesse-risk/service"

export type HeldAssessment = { id: string; order_id: string; amount: number; currency_code: string; score: number }

/** The assessment of a held order: 404 when unknown, 409 when it is not waiting for a review (decided already). */
export const loadHeldAssessmentStep = createStep("risk-load-held-assessment", async (input: { id: string }, { container }) => {
  const risk = container.resolve<FinesseRiskModuleService>(FINESSE_RISK_MODULE)
  const [a] = await risk.listFinesseRiskAssessments({ id: input.id })
  if (!a) throw new MedusaError(MedusaError.Types.NOT_FOUND, `risk assessment ${input.id} was not found`)
  if (a.review_status !== "pending" || !a.order_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the order is not waiting for a review (review status: ${a.review_status})`)
  }
  return new StepResponse<HeldAssessment>({ id: a.id, order_id: a.order_id, amount: a.amount, currency_code: a.currency_code, score: a.score })
})
