import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FINESSE_RECOMMENDATIONS_MODULE } from "../../../../../../modules/finesse-recommendations"
import type FinesseRecommendationsModuleService from "../../../../../../modules/finesse-recommendations/service"
import { pushCampaignsJob } from "../../../../../../queues/recommendations-push/definition"

/**
 * POST /admin/finesse/campaigns/:id/run { send } — runs one campaign now (drafts too): plans its messages and, with
 * `send`, sends those already due. Within the same minute a second click is the same job.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [campaign] = await req.scope.resolve<FinesseRecommendationsModuleService>(FINESSE_RECOMMENDATIONS_MODULE).listFinesseRecCampaigns({ id: req.params.id })
  if (!campaign) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Campaign with id: ${req.params.id} was not found`)
  const minute = new Date().toISOString().slice(0, 16).replace(/:/g, "-")
  const { send } = req.validatedBody as { send: boolean }
  const job = await pushCampaignsJob.enqueue(req.scope, { campaign_id: campaign.id, run: `manual-${minute}${send ? "" : "-dry"}`, send })
  res.status(202).json({ job })
}
