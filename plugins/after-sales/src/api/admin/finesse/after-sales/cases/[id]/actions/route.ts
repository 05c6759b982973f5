import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { actOnCase } from "../../../../../../../engine/cases"
import { getCase } from "../../../../../../../modules/finesse-after-sales/store/case-rows"
import { agentOf, caseOr404 } from "../../../helpers"

/** POST /admin/finesse/after-sales/cases/:id/actions { action: resolve | reopen | close | cancel | refuse | request_info, note? } */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody as { action: any; note?: string | null; reply_key?: string | null }
  const row = await caseOr404(req)
  const actor = agentOf(req)
  const r = await actOnCase(req.scope, { case_id: row.id, actor, action: b.action, note: b.note ?? null, body: b.action === "request_info" ? b.note : undefined, reply_key: b.reply_key ?? null })
  describeAudit(req, {
    action: b.action === "refuse" ? "after-sales.case.refused" : `after-sales.case.${b.action}`,
    summary: `Case ${row.rma_number}: ${b.action.replace("_", " ")} (${r.from} → ${r.to})`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: { action: b.action, from: r.from, to: r.to, cancelled_remedies: (r as any).cancelled?.cancelled ?? [] },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.json({ case: await caseDetail(req.scope, fresh!, actor), cancelled: (r as any).cancelled ?? null })
}
