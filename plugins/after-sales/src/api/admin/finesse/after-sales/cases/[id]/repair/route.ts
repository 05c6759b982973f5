import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { getCase } from "../../../../../../../modules/finesse-after-sales/store/case-rows"
import { updateRepairWorkflow } from "../../../../../../../workflows/repairs/update-repair"
import { agentOf, caseOr404 } from "../../../helpers"

/** POST /admin/finesse/after-sales/cases/:id/repair { status, note?, quote_amount? }: the repair's next step. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const row = await caseOr404(req)
  const actor = agentOf(req)
  const { result } = await updateRepairWorkflow(req.scope).run({ input: { case_id: row.id, actor, status: b.status, note: b.note, quote_amount: b.quote_amount } })
  describeAudit(req, {
    action: "after-sales.repair.updated",
    summary: `Repair of case ${row.rma_number}: ${result.from} → ${result.to}`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: { repair_id: result.repair_id, from: result.from, to: result.to, quote_amount: b.quote_amount ?? null },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.json({ case: await caseDetail(req.scope, fresh!, actor) })
}
