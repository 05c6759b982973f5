import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import type { CheckConfig } from "../../../../../../../lib"
import { runPromotionChecksWorkflow } from "../../../../../../../workflows/planning/run-promotion-checks"

/**
 * POST /admin/finesse/promotions/plans/:id/checks { checks? } — runs the pre-launch checks on the promotion against
 * the store's data (optionally with other arguments per check) and stores them as its latest run.
 */
export async function POST(req: AuthenticatedMedusaRequest<{ checks?: CheckConfig[] }>, res: MedusaResponse) {
  const { result } = await runPromotionChecksWorkflow(req.scope).run({ input: { promotion_id: req.params.id, checks: req.validatedBody.checks } })
  describeAudit(req, {
    action: "promotions.checks.run",
    summary: `pre-launch checks: ${result.status} (${result.results.map((r) => `${r.code} ${r.status}`).join(", ")})`,
    resource_type: "promotion",
    resource_id: req.params.id,
    changes: { status: result.status, run_id: result.run_id },
  })
  res.json({ checks: result })
}
