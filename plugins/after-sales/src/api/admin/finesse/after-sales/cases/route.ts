import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeAudit } from "@finesse/core/access"
import { fieldCipher } from "@finesse/core/privacy"
import { service } from "../../../../../engine/case-change"
import { caseDetail, caseListItem } from "../../../../../engine/case-view"
import { openCase } from "../../../../../engine/cases"
import { getCase } from "../../../../../modules/finesse-after-sales/store/case-rows"
import { listInbox } from "../../../../../modules/finesse-after-sales/store/inbox"
import { agentOf, searchTerms } from "../helpers"

/** GET /admin/finesse/after-sales/cases: the inbox, most urgent first by default (breached, warning, earliest due). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as any).validatedQuery
  const me = agentOf(req).id
  const { rows, count } = await listInbox(
    service(req.scope).db(),
    {
      status: q.status,
      kind: q.kind,
      priority: q.priority,
      channel: q.channel,
      sla_state: q.sla_state,
      assignee_id: q.assignee_id === "me" ? (me ?? "unassigned") : q.assignee_id,
      customer_id: q.customer_id,
      order_id: q.order_id,
      reason: q.reason,
      topic: q.topic,
      product_id: q.product_id,
      flag: q.flag,
      created_from: q.created_from,
      created_to: q.created_to,
      ...searchTerms(q.q),
    },
    { limit: q.limit, offset: q.offset, sort: q.sort }
  )
  const cipher = fieldCipher(req.scope)
  res.json({ cases: rows.map((r) => caseListItem(r, cipher)), count, offset: q.offset, limit: q.limit })
}

/** POST /admin/finesse/after-sales/cases: an agent opens a case (a phone call, an e-mail) for a customer. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const opened = await openCase(req.scope, { ...b, actor: agentOf(req) })
  const row = await getCase(service(req.scope).db(), opened.id)
  describeAudit(req, {
    action: "after-sales.case.opened",
    summary: `Opened ${b.kind} case ${opened.rma_number}${b.order_id ? ` on order ${b.order_id}` : ""}`,
    resource_type: "finesse_after_sales_case",
    resource_id: opened.id,
    changes: { kind: b.kind, order_id: b.order_id ?? null, customer_id: b.customer_id ?? null, decision: opened.decision?.outcome ?? null, automatic: opened.automatic?.action ?? null },
  })
  res.status(201).json({ case: await caseDetail(req.scope, row!, agentOf(req)), decision: opened.decision, automatic: opened.automatic })
}
