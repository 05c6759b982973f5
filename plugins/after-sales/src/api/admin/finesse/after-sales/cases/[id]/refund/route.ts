import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertFinesseRole, describeAudit } from "@finesse/core/access"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { service } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { loadConfig } from "../../../../../../../engine/config"
import { getCase } from "../../../../../../../modules/finesse-after-sales/store/case-rows"
import { refundCaseWorkflow } from "../../../../../../../workflows/remedies/refund-case"
import { agentOf, caseOr404 } from "../../../helpers"

/**
 * POST /admin/finesse/after-sales/cases/:id/refund: refunds the approved return or claim through Medusa's refund
 * workflow, within what Medusa says the order owes. Above the configured amount it needs an approver.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody as { remedy_id?: string; amount?: number; note?: string }
  const row = await caseOr404(req)
  const { settings } = await loadConfig(req.scope)
  const outstanding = await service(req.scope).db().raw(
    `select coalesce(sum(refund_amount - refunded_amount), 0)::bigint s from finesse_after_sales_remedy where case_id = ? and deleted_at is null and status <> 'cancelled'`,
    [row.id]
  )
  const amount = b.amount ?? Number(outstanding.rows[0].s)
  if (amount > settings.refund_approver_above) await assertFinesseRole(req, "approver", `a refund above ${settings.refund_approver_above} (minor units)`)
  const actor = agentOf(req)
  const { result } = await refundCaseWorkflow(req.scope).run({ input: { case_id: row.id, actor, remedy_id: b.remedy_id, amount: b.amount, note: b.note } })
  describeAudit(req, {
    action: "after-sales.refund.issued",
    summary: `Refunded ${fromMinor(result.amount, result.currency_code).toFixed(2)} ${result.currency_code.toUpperCase()} on case ${row.rma_number} through Medusa`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: { amount: result.amount, currency_code: result.currency_code, payment_id: result.payment_id, remedy_id: result.remedy_id },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.json({ case: await caseDetail(req.scope, fresh!, actor), refund: { amount: result.amount, currency_code: result.currency_code, payment_id: result.payment_id } })
}
