import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { batchOr404, svcOf } from "../../helpers"

/** GET /admin/finesse/pricing/batches/:id — the batch, its proposals by status and whether applying it needs an approver. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const batch = await batchOr404(req, req.params.id)
  const svc = svcOf(req)
  const [proposals, settings, changes] = await Promise.all([
    svc.countProposalsByStatus(batch.id),
    svc.getSettings(),
    svc.connection().raw(`select status, count(*)::int n from finesse_pricing_price_change where batch_id = ? and deleted_at is null group by status`, [batch.id]),
  ])
  const maxStep = batch.status === "proposed" ? await svc.maxApplicableStep(batch.id) : Number(batch.max_step_pct)
  res.json({
    batch: {
      ...batch,
      max_step_pct: maxStep,
      proposals,
      changes: Object.fromEntries(changes.rows.map((r: any) => [r.status, r.n])),
      needs_approver: maxStep > settings.approver_step_pct,
      approver_step_pct: settings.approver_step_pct,
    },
  })
}
