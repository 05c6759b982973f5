import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import type { TemplateInput } from "../../../../../lib"
import { createPromotionPlanWorkflow } from "../../../../../workflows/planning/create-promotion-plan"
import { actorOf, serviceOf } from "../helpers"
import type { AdminCreatePlanBodyType } from "../validators"

/** GET /admin/finesse/promotions/plans?status&q&limit&offset — the promotions planned or adopted in Finesse. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { limit, offset, status, q } = req.validatedQuery as { limit: number; offset: number; status?: string; q?: string }
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { code: { $ilike: `%${q}%` } }]
  const [plans, count] = await serviceOf(req).listAndCountFinessePromotionPlans(filters, { skip: offset, take: limit, order: { starts_at: "DESC", id: "ASC" } })
  res.json({ plans, count, offset, limit })
}

/**
 * POST /admin/finesse/promotions/plans — plans a promotion from a template: Medusa's own workflows create the campaign
 * and the draft promotion(s). 201 with the plan and the promotions.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePlanBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const template = {
    template: b.template,
    name: b.name,
    code: b.code,
    currency_code: b.currency_code,
    startsAt: Date.parse(b.starts_at),
    endsAt: Date.parse(b.ends_at),
    audienceGroupId: b.audience_group_id ?? null,
    budget: b.budget ?? null,
    description: b.description ?? null,
    args: b.args,
  } as TemplateInput
  const { result } = await createPromotionPlanWorkflow(req.scope).run({ input: { template, expected_uplift: b.expected_uplift, created_by: actorOf(req) } })
  describeAudit(req, {
    action: "promotions.plan.created",
    summary: `planned ${b.template.replace(/_/g, " ")} ${b.code} (${result.promotions.length} Medusa promotion${result.promotions.length > 1 ? "s" : ""}, draft) from ${b.starts_at} to ${b.ends_at}`,
    resource_type: "promotion",
    resource_id: result.plan.promotion_id,
    changes: { template: b.template, code: b.code, args: b.args, budget: b.budget ?? null, audience_group_id: b.audience_group_id ?? null, promotion_ids: result.promotions.map((p: { id: string }) => p.id) },
  })
  res.status(201).json({ plan: result.plan, promotions: result.promotions.map((p: any) => ({ id: p.id, code: p.code, status: p.status })) })
}
