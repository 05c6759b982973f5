import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fieldCipher } from "@finesse/core/privacy"
import { loadCaseFor, service } from "../../../../../engine/case-change"
import { caseDetail, customerListItem } from "../../../../../engine/case-view"
import { openCase } from "../../../../../engine/cases"
import { listInbox } from "../../../../../modules/finesse-after-sales/store/inbox"
import { customerOf } from "../helpers"

/** GET /store/finesse/after-sales/cases: the logged-in customer's own cases, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as any).validatedQuery
  const me = customerOf(req)
  const { rows, count } = await listInbox(service(req.scope).db(), { customer_id: me.id as string, status: q.status }, { limit: q.limit, offset: q.offset, sort: "newest" })
  const cipher = fieldCipher(req.scope)
  res.json({ cases: rows.map((r) => customerListItem(r, cipher)), count, offset: q.offset, limit: q.limit })
}

/**
 * POST /store/finesse/after-sales/cases: the customer opens a case, on one of their own orders or none. A return,
 * exchange or claim is decided by the store's policy at once: approved requests get their Medusa return, refused
 * ones name the rule that refused them.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const b = (req as any).validatedBody
  const me = customerOf(req)
  const opened = await openCase(req.scope, { ...b, channel: "web", actor: me })
  const row = await loadCaseFor(req.scope, opened.id, me)
  const d = opened.decision
  res.status(201).json({
    case: await caseDetail(req.scope, row, me),
    decision: d ? { outcome: d.outcome, message: d.message, decided_by: d.decided_by, lines: d.lines.map((l) => ({ line_item_id: l.line_item_id, outcome: l.outcome, message: l.message, decided_by: l.decided_by, resolution_options: l.resolution_options })) } : null,
  })
}
