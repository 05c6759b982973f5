import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { stopExperimentWorkflow } from "../../../../../../../workflows/experiments/stop-experiment"

/** POST /admin/finesse/promotions/experiments/:id/stop { deactivate_promotions } — ends the experiment. */
export async function POST(req: AuthenticatedMedusaRequest<{ deactivate_promotions: boolean }>, res: MedusaResponse) {
  const { result } = await stopExperimentWorkflow(req.scope).run({ input: { experiment_id: req.params.id, deactivate_promotions: req.validatedBody.deactivate_promotions } })
  describeAudit(req, {
    action: "promotions.experiment.stopped",
    summary: `experiment stopped${req.validatedBody.deactivate_promotions ? `; ${result.promotion_ids.length} promotion(s) set inactive` : ""}`,
    resource_type: "experiment",
    resource_id: req.params.id,
    changes: { deactivate_promotions: req.validatedBody.deactivate_promotions, promotion_ids: result.promotion_ids },
  })
  res.json({ experiment: result.experiment })
}
