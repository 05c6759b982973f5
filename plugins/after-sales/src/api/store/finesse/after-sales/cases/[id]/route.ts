import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCaseFor } from "../../../../../../engine/case-change"
import { caseDetail } from "../../../../../../engine/case-view"
import { customerOf } from "../../helpers"

/** GET /store/finesse/after-sales/cases/:id: the customer's case (another customer's case is 404, not 403). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const me = customerOf(req)
  const row = await loadCaseFor(req.scope, req.params.id, me)
  res.json({ case: await caseDetail(req.scope, row, me) })
}
