import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../modules/finesse-recommendations/service"
import { deleteCampaignWorkflow } from "../../../../../workflows/push/delete-campaign"
import { updateCampaignWorkflow } from "../../../../../workflows/push/update-campaign"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const recs = req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE)
  const [campaign] = await recs.listFinesseRecCampaigns({ id: req.params.id })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign with id: ${req.params.id} was not found`)
  res.json({ campaign: { ...campaign, figures: (await recs.campaignFigures([campaign.id])).get(campaign.id) } })
}

export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await updateCampaignWorkflow(req.scope).run({ input: { id: req.params.id, ...(req.validatedBody as Record<string, unknown>) } })
  res.json({ campaign: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteCampaignWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "campaign", deleted: true })
}
