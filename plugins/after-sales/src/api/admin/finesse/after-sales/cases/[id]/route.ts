import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { service } from "../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../engine/case-view"
import { actOnCase } from "../../../../../../engine/cases"
import { getCase } from "../../../../../../modules/finesse-after-sales/store/case-rows"
import { agentOf, caseOr404 } from "../../helpers"

/** GET /admin/finesse/after-sales/cases/:id: the case page (messages and notes, lines, decision, Medusa remedies, clocks, timeline). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await caseOr404(req)
  res.json({ case: await caseDetail(req.scope, row, agentOf(req)) })
}

/** POST /admin/finesse/after-sales/cases/:id { assignee_id?, priority? }: assign (null unassigns) or re-prioritise. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody as { assignee_id?: string | null; priority?: any }
  const row = await caseOr404(req)
  const actor = agentOf(req)
  if (b.assignee_id !== undefined && b.assignee_id !== row.assignee_id) await actOnCase(req.scope, { case_id: row.id, actor, action: "assign", assignee_id: b.assignee_id })
  if (b.priority !== undefined && b.priority !== row.priority) await actOnCase(req.scope, { case_id: row.id, actor, action: "set_priority", priority: b.priority })
  describeAudit(req, {
    action: "after-sales.case.updated",
    summary: `Case ${row.rma_number}: ${[b.assignee_id !== undefined ? `assigned to ${b.assignee_id ?? "nobody"}` : null, b.priority ? `priority ${b.priority}` : null].filter(Boolean).join(", ")}`,
    resource_type: "finesse_after_sales_case",
    resource_id: row.id,
    changes: { assignee_id: b.assignee_id, priority: b.priority },
  })
  const fresh = await getCase(service(req.scope).db(), row.id)
  res.json({ case: await caseDetail(req.scope, fresh!, actor) })
}
