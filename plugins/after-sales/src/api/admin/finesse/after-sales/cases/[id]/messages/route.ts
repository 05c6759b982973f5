import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { actOnCase } from "../../../../../../../engine/cases"
import { getCase } from "../../../../../../../modules/finesse-after-sales/store/case-rows"
import { agentOf, caseOr404 } from "../../../helpers"

/**
 * POST /admin/finesse/after-sales/cases/:id/messages: an agent's reply to the customer (then: ask for information,
 * which pauses the clock, or resolve), or an internal note (visibility "internal").
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody as { body: string; visibility: "customer" | "internal"; reply_key?: string | null; then?: "request_info" | "resolve" }
  const row = await caseOr404(req)
  const actor = agentOf(req)
  let action: "note" | "agent_reply" | "request_info" = b.visibility === "internal" ? "note" : b.then === "request_info" ? "request_info" : "agent_reply"
  await actOnCase(req.scope, { case_id: row.id, actor, action, body: b.body, reply_key: b.reply_key ?? null })
  if (b.visibility === "customer" && b.then === "resolve") await actOnCase(req.scope, { case_id: row.id, actor, action: "resolve", reply_key: b.reply_key ?? null })
  if (b.reply_key) await service(req.scope).db()("finesse_after_sales_saved_reply").where({ key: b.reply_key }).increment("use_count", 1)
  describeAudit(req, {
    action: b.visibility === "internal" ? "after-sales.note.added" : "after-sales.reply.sent",
    summary: `${b.visibility === "internal" ? "Internal note on" : "Reply on"} case ${row.rma_number}${b.then ? ` (${b.then.replace("_", " ")})` : ""}`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: { visibility: b.visibility, reply_key: b.reply_key ?? null, then: b.then ?? null },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.status(201).json({ case: await caseDetail(req.scope, fresh!, actor) })
}
