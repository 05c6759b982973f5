import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { promotionsOf } from "../../../engine/helpers"

export type CreatePlanInput = {
  promotion_id: string
  promotion_ids: string[]
  campaign_id: string | null
  code: string
  name: string
  template: "flash_sale" | "tiered_spend" | "coupon" | "bundle" | "free_shipping" | "custom"
  args: Record<string, unknown> | null
  audience_group_id: string | null
  currency_code: string
  starts_at: Date | null
  ends_at: Date | null
  expected_uplift: number
  created_by: string | null
}

/** The plan row of a new promotion; compensation deletes it. */
export const createPlanStep = createStep(
  "promotions-create-plan",
  async (input: CreatePlanInput, { container }) => {
    const [plan] = await promotionsOf(container).createFinessePromotionPlans([{ ...input, status: "planned" as const }])
    return new StepResponse(plan, plan.id)
  },
  async (id, { container }) => {
    if (id) await promotionsOf(container).deleteFinessePromotionPlans([id])
  }
)
