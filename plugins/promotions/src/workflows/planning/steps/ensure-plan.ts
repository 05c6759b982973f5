import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dbOf, mainCurrency } from "../../../reads/core-tables"
import { planOf, promotionsOf, requirePromotion, type PlanRow } from "../../../engine/helpers"

/**
 * The plan of a promotion; one made in Medusa's own pages is adopted as a "custom" plan the first time Finesse
 * changes something about it. Compensation deletes an adopted plan.
 */
export const ensurePlanStep = createStep(
  "promotions-ensure-plan",
  async (input: { promotion_id: string }, { container }) => {
    const existing = await planOf(container, input.promotion_id)
    if (existing) return new StepResponse(existing, null)
    const p = await requirePromotion(container, input.promotion_id)
    const [row] = await promotionsOf(container).createFinessePromotionPlans([
      {
        promotion_id: p.id,
        campaign_id: p.campaign_id,
        code: p.code,
        name: p.campaign?.name ?? p.code,
        template: "custom" as const,
        promotion_ids: [p.id],
        currency_code: (p.application_method?.currency_code ?? p.campaign?.budget?.currency_code ?? (await mainCurrency(dbOf(container)))).toLowerCase(),
        starts_at: p.campaign?.starts_at ? new Date(p.campaign.starts_at as string) : null,
        ends_at: p.campaign?.ends_at ? new Date(p.campaign.ends_at as string) : null,
        status: p.status === "active" ? ("launched" as const) : ("planned" as const),
      },
    ])
    return new StepResponse(row as unknown as PlanRow, row.id)
  },
  async (createdId, { container }) => {
    if (createdId) await promotionsOf(container).deleteFinessePromotionPlans([createdId])
  }
)
