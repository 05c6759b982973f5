import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../modules/finesse-recommendations/service"
import { createCampaignWorkflow } from "../../../../workflows/push/create-campaign"

/** GET /admin/finesse/campaigns — push campaigns with their figures (sent, opened, clicked, attributed orders and revenue). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number; status?: string }
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [rows, count] = await recs.listAndCountFinesseRecCampaigns(q.status ? { status: q.status as any } : {}, { order: { number: "DESC" }, take: q.limit, skip: q.offset })
  const figures = await recs.campaignFigures(rows.map((c) => c.id))
  res.json({ campaigns: rows.map((c) => ({ ...c, figures: figures.get(c.id) })), count, offset: q.offset, limit: q.limit })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await createCampaignWorkflow(req.scope).run({
    input: { ...(req.validatedBody as Record<string, unknown>), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ campaign: result })
}
