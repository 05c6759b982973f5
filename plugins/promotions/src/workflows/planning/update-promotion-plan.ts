import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { emitEventStep, updateCampaignsWorkflow } from "@medusajs/medusa/core-flows"
import { currencyExponent, promotionsOf, requirePromotion, type PlanRow } from "../../engine/helpers"
import { ensurePlanStep } from "./steps/ensure-plan"

export type UpdatePromotionPlanInput = {
  promotion_id: string
  name?: string
  expected_uplift?: number
  starts_at?: string
  ends_at?: string
  /** the campaign budget's limit: minor units for a spend budget, uses for a usage budget */
  budget_limit?: number
}

type Change = { field: string; from: unknown; to: unknown }

/** What an update changes, validated against the promotion as it is (read-only). */
const planUpdateStep = createStep("promotions-plan-update", async (input: { update: UpdatePromotionPlanInput; plan: PlanRow }, { container }) => {
  const { update, plan } = input
  const p = await requirePromotion(container, update.promotion_id)
  const changes: Change[] = []
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)
  if (update.name !== undefined && update.name !== plan.name) changes.push({ field: "name", from: plan.name, to: update.name })
  if (update.expected_uplift !== undefined && update.expected_uplift !== plan.expected_uplift) changes.push({ field: "expected_uplift", from: plan.expected_uplift, to: update.expected_uplift })
  const startsAt = update.starts_at ?? iso(p.campaign?.starts_at ?? plan.starts_at)
  const endsAt = update.ends_at ?? iso(p.campaign?.ends_at ?? plan.ends_at)
  if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "ends_at: must be after starts_at")
  if (update.starts_at && iso(update.starts_at) !== iso(p.campaign?.starts_at ?? plan.starts_at)) changes.push({ field: "starts_at", from: iso(p.campaign?.starts_at ?? plan.starts_at), to: iso(update.starts_at) })
  if (update.ends_at && iso(update.ends_at) !== iso(p.campaign?.ends_at ?? plan.ends_at)) changes.push({ field: "ends_at", from: iso(p.campaign?.ends_at ?? plan.ends_at), to: iso(update.ends_at) })
  let budget: { id: string; limit: number } | null = null
  if (update.budget_limit !== undefined) {
    const b = p.campaign?.budget as { id?: string; type?: string; limit?: number | null } | null | undefined
    if (!b?.id || (b.type !== "spend" && b.type !== "usage")) throw new MedusaError(MedusaError.Types.INVALID_DATA, "budget_limit: the promotion's campaign has no spend or usage budget")
    const limit = b.type === "spend" ? update.budget_limit / 10 ** currencyExponent(plan.currency_code) : update.budget_limit
    budget = { id: b.id, limit }
    changes.push({ field: "budget_limit", from: b.limit ?? null, to: limit })
  }
  const campaign =
    p.campaign_id && (changes.some((c) => c.field === "starts_at" || c.field === "ends_at") || budget)
      ? { id: p.campaign_id, ...(update.starts_at ? { starts_at: new Date(update.starts_at) } : {}), ...(update.ends_at ? { ends_at: new Date(update.ends_at) } : {}), ...(budget ? { budget: { limit: budget.limit } } : {}) }
      : null
  return new StepResponse({ changes, campaign })
})

const updatePlanRowStep = createStep(
  "promotions-update-plan-row",
  async (input: { plan: PlanRow; update: UpdatePromotionPlanInput }, { container }) => {
    const u = input.update
    const patch = {
      id: input.plan.id,
      ...(u.name !== undefined ? { name: u.name } : {}),
      ...(u.expected_uplift !== undefined ? { expected_uplift: u.expected_uplift } : {}),
      ...(u.starts_at ? { starts_at: new Date(u.starts_at) } : {}),
      ...(u.ends_at ? { ends_at: new Date(u.ends_at) } : {}),
    }
    const [row] = await promotionsOf(container).updateFinessePromotionPlans([patch])
    const p = input.plan
    return new StepResponse(row, { id: p.id, name: p.name, expected_uplift: p.expected_uplift, starts_at: p.starts_at ? new Date(p.starts_at) : null, ends_at: p.ends_at ? new Date(p.ends_at) : null })
  },
  async (before, { container }) => {
    if (before) await promotionsOf(container).updateFinessePromotionPlans([before])
  }
)

/** Changes a promotion's plan: its name, expected uplift, dates and budget (the dates and budget on Medusa's campaign). */
export const updatePromotionPlanWorkflow = createWorkflow("promotions-update-plan", (input: UpdatePromotionPlanInput) => {
  const plan = ensurePlanStep(transform({ input }, ({ input }) => ({ promotion_id: input.promotion_id })))
  const planned = planUpdateStep(transform({ input, plan }, ({ input, plan }) => ({ update: input, plan })))
  when({ planned }, ({ planned }) => !!planned.campaign).then(() => {
    updateCampaignsWorkflow.runAsStep({ input: transform({ planned }, ({ planned }) => ({ campaignsData: [planned.campaign as any] })) })
  })
  const row = updatePlanRowStep(transform({ input, plan }, ({ input, plan }) => ({ plan, update: input })))
  emitEventStep({
    eventName: "finesse.promotions.plan_updated",
    data: transform({ row, planned }, ({ row, planned }) => ({ id: row.id, promotion_id: row.promotion_id, fields: planned.changes.map((c) => c.field) })),
  })
  return new WorkflowResponse(transform({ row, planned }, ({ row, planned }) => ({ plan: row, changes: planned.changes })))
})
