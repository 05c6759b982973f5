import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { createRuleWorkflow } from "../../../../../workflows/merchandising/create-rule"

/** GET /admin/finesse/recommendations/rules — merchandising rules, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number; placement?: string }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const filter = q.placement ? { placement: [q.placement, null] } : {}
  const [rules, count] = await recs.listAndCountFinesseRecRules(filter as any, { order: { created_at: "DESC" }, take: q.limit, skip: q.offset })
  res.json({ rules, count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/recommendations/rules — pin, boost, bury or block products by product, category, collection or tag. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const body = req.validatedBody as Record<string, unknown>
  const { result } = await createRuleWorkflow(req.scope).run({
    input: { ...body, placement: body.placement ?? null, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ rule: result })
}
