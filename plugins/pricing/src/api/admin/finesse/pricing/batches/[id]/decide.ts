import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertFinesseRole, describeAudit } from "@finesse/core/access"
import { decidePricingProposalsWorkflow } from "../../../../../../workflows/batches/decide-proposals"
import { pgArray } from "../../../../../../modules/finesse-pricing/store/bulk"
import { actorOf, batchOr404, body, svcOf } from "../../helpers"

/** Approve or reject: approving a proposal whose step is above the approver threshold needs the approver role. */
export async function decideRoute(req: AuthenticatedMedusaRequest, res: MedusaResponse, decision: "approved" | "rejected") {
  const batch = await batchOr404(req, req.params.id)
  const b = body<{ proposal_ids?: string[]; note?: string }>(req)
  const svc = svcOf(req)
  if (decision === "approved") {
    const settings = await svc.getSettings()
    const r = await svc.connection().raw(
      `select coalesce(max(abs(step_pct)), 0)::float8 m from finesse_pricing_proposal where batch_id = ? and status = 'pending' ${b.proposal_ids ? "and id = any(?::text[])" : ""}`,
      b.proposal_ids ? [batch.id, pgArray(b.proposal_ids)] : [batch.id]
    )
    const step = Number(r.rows[0].m)
    if (step > settings.approver_step_pct) await assertFinesseRole(req, "approver", `approving a price change of ${step} % (above ${settings.approver_step_pct} %)`)
  }
  const { result } = await decidePricingProposalsWorkflow(req.scope).run({
    input: { batch_id: batch.id, proposal_ids: b.proposal_ids ?? null, decision, actor_id: actorOf(req).actor_id, note: b.note ?? null },
  })
  describeAudit(req, {
    action: decision === "approved" ? "pricing.proposals.approved" : "pricing.proposals.rejected",
    summary: `${result.decided} proposal(s) of batch #${batch.number} ${decision}${b.note ? `: ${b.note}` : ""}`,
    resource_type: "finesse_pricing_batch",
    resource_id: batch.id,
    changes: { decided: result.decided, proposal_ids: (b.proposal_ids ?? []).slice(0, 100) },
  })
  res.json({ batch_id: batch.id, decided: result.decided, decision, proposals: await svc.countProposalsByStatus(batch.id) })
}
