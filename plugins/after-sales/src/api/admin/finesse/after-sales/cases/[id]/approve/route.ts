import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertFinesseRole, describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { approveCase } from "../../../../../../../engine/cases"
import { getCase } from "../../../../../../../modules/finesse-after-sales/store/case-rows"
import { agentOf, caseOr404 } from "../../../helpers"

/**
 * POST /admin/finesse/after-sales/cases/:id/approve: approves the request and creates the Medusa return, exchange or
 * claim (or the repair). Overriding a policy refusal needs the Finesse role "approver".
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const row = await caseOr404(req)
  if (b.override_refusals) await assertFinesseRole(req, "approver", "overriding a return policy refusal")
  const actor = agentOf(req)
  const r = await approveCase(req.scope, { case_id: row.id, actor, line_ids: b.line_ids, override_refusals: b.override_refusals, resolutions: b.resolutions, exchange_variants: b.exchange_variants, note: b.note })
  const p = r.plan
  describeAudit(req, {
    action: "after-sales.case.approved",
    summary: `Approved ${row.kind} ${row.rma_number}${r.return_id ? `: Medusa return ${r.return_id}` : ""}${r.exchange_id ? `: Medusa exchange ${r.exchange_id}` : ""}${r.claim_id ? `: Medusa claim ${r.claim_id}` : ""}${r.repair_id ? `: repair ${r.repair_rma}` : ""}${b.override_refusals ? " (policy refusal overridden)" : ""}`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: {
      return_id: r.return_id,
      exchange_id: r.exchange_id,
      claim_id: r.claim_id,
      repair_id: r.repair_id,
      refund: p.return?.refund ?? p.claim?.refund ?? 0,
      store_credit: p.return?.store_credit ?? 0,
      currency_code: p.currency_code,
      override_refusals: !!b.override_refusals,
      decided_by: p.decision.decided_by?.rule_code ?? null,
    },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.json({ case: await caseDetail(req.scope, fresh!, actor), return_id: r.return_id, exchange_id: r.exchange_id, claim_id: r.claim_id, repair_id: r.repair_id })
}
