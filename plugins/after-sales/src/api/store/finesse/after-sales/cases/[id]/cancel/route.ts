import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCaseFor } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { actOnCase } from "../../../../../../../engine/cases"
import { customerOf } from "../../../helpers"

/** POST /store/finesse/after-sales/cases/:id/cancel: the customer withdraws a case (not once it is approved). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = customerOf(req)
  await loadCaseFor(req.scope, req.params.id, me)
  await actOnCase(req.scope, { case_id: req.params.id, actor: me, action: "cancel", note: (req as any).validatedBody.note ?? null })
  res.json({ case: await caseDetail(req.scope, await loadCaseFor(req.scope, req.params.id, me), me) })
}
