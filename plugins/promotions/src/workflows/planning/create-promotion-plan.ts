import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCampaignsWorkflow, createPromotionsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import type { TemplateInput } from "../../lib"
import { createPlanStep } from "./steps/create-plan"
import { planTemplateStep } from "./steps/plan-template"

export type CreatePromotionPlanInput = { template: TemplateInput; expected_uplift: number; created_by: string | null }

/**
 * Plans a promotion from a template: Medusa's own workflows create the campaign (dates, budget) and the draft
 * promotion(s) — a spend-tier ladder is one promotion per tier — and the plan records the template, the audience and
 * the expected uplift the checks read. Nothing is live until it is launched.
 */
export const createPromotionPlanWorkflow = createWorkflow("promotions-create-plan", (input: CreatePromotionPlanInput) => {
  const plan = planTemplateStep(transform({ input }, ({ input }) => input.template))
  const campaigns = createCampaignsWorkflow.runAsStep({
    input: transform({ plan }, ({ plan }) => ({ campaignsData: [plan.campaign as any] })),
  })
  const created = createPromotionsWorkflow.runAsStep({
    input: transform({ plan, campaigns }, ({ plan, campaigns }) => ({
      promotionsData: plan.promotions.map((p) => ({ ...p, campaign_id: campaigns[0].id })) as any,
    })),
  })
  // Medusa returns the promotions in no fixed order: keep the template's (tier 1 first, the main promotion first)
  const promotions = transform({ plan, created }, ({ plan, created }) =>
    plan.promotions.map((p) => (created as { id: string; code: string }[]).find((c) => c.code === (p as { code: string }).code)!)
  )
  const row = createPlanStep(
    transform({ input, promotions, campaigns }, ({ input, promotions, campaigns }) => {
      const t = input.template
      return {
        promotion_id: promotions[0].id,
        promotion_ids: promotions.map((p) => p.id),
        campaign_id: campaigns[0].id,
        code: t.code,
        name: t.name,
        template: t.template,
        args: t.args as Record<string, unknown>,
        audience_group_id: t.audienceGroupId ?? null,
        currency_code: t.currency_code.toLowerCase(),
        starts_at: new Date(t.startsAt),
        ends_at: new Date(t.endsAt),
        expected_uplift: input.expected_uplift,
        created_by: input.created_by,
      }
    })
  )
  emitEventStep({
    eventName: "finesse.promotions.plan_created",
    data: transform({ row }, ({ row }) => ({ id: row.id, promotion_id: row.promotion_id, template: row.template })),
  })
  return new WorkflowResponse(transform({ row, promotions }, ({ row, promotions }) => ({ plan: row, promotions })))
})
