import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { planOf, requirePromotion, windowOf } from "../../../engine/helpers"

/** A launch without a holdout: the promotion (and the other tiers of its plan) must exist and not be launched yet. */
export const prepareLaunchStep = createStep("promotions-prepare-launch", async (input: { promotion_id: string; now?: number }, { container }) => {
  const promotion = await requirePromotion(container, input.promotion_id)
  const plan = await planOf(container, input.promotion_id)
  if (plan?.status === "launched") throw new MedusaError(MedusaError.Types.CONFLICT, `promotion ${promotion.code} was already launched on ${new Date(plan.launched_at as string).toISOString()}`)
  const { endsAt } = windowOf(promotion, plan)
  if (Number.isFinite(endsAt) && endsAt <= (input.now ?? Date.now())) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `promotion ${promotion.code} ended on ${new Date(endsAt).toISOString()}; change its dates first`)
  return new StepResponse({ promotion_ids: plan?.promotion_ids?.length ? plan.promotion_ids : [promotion.id], code: promotion.code })
})
