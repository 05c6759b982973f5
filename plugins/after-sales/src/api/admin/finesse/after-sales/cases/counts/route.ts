import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { service } from "../../../../../../engine/case-change"
import { inboxCounts } from "../../../../../../modules/finesse-after-sales/store/inbox"
import { agentOf } from "../../helpers"

/** GET /admin/finesse/after-sales/cases/counts: cases per status and active cases per SLA state (all, and mine). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const db = service(req.scope).db()
  const me = agentOf(req).id
  const [all, mine] = await Promise.all([inboxCounts(db), me ? inboxCounts(db, me) : Promise.resolve(null)])
  res.json({ counts: { ...all, mine } })
}
