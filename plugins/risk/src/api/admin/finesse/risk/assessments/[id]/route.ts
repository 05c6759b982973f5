import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assessmentViews } from "../../../../../../engine/assessment-view"
import { riskOf } from "../../helpers"

/** GET /admin/finesse/risk/assessments/:id — one assessment with every signal explained and the lookups it read. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const r = await riskOf(req).db().raw(`select * from finesse_risk_assessment where id = ? and deleted_at is null`, [req.params.id])
  if (!r.rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `risk assessment ${req.params.id} was not found`)
  const [assessment] = await assessmentViews(req.scope, r.rows, { lookups: true })
  res.json({ assessment })
}
