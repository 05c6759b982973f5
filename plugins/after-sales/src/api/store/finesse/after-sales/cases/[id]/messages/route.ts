import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCaseFor } from "../../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../../engine/case-view"
import { actOnCase } from "../../../../../../../engine/cases"
import { customerOf } from "../../../helpers"

/** POST /store/finesse/after-sales/cases/:id/messages: the customer replies (a reply to a recently resolved case reopens it). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = customerOf(req)
  await loadCaseFor(req.scope, req.params.id, me)
  await actOnCase(req.scope, { case_id: req.params.id, actor: me, action: "customer_reply", body: (req as any).validatedBody.body })
  res.status(201).json({ case: await caseDetail(req.scope, await loadCaseFor(req.scope, req.params.id, me), me) })
}
