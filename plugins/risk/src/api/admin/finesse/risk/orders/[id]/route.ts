import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assessmentViews } from "../../../../../../engine/assessment-view"
import { riskOf } from "../../helpers"

/** GET /admin/finesse/risk/orders/:id — the order's risk assessment (null before the plugin scored it) and outcomes. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const db = riskOf(req).db()
  const [a, o] = await Promise.all([
    db.raw(`select * from finesse_risk_assessment where order_id = ? and deleted_at is null order by updated_at desc limit 1`, [req.params.id]),
    db.raw(`select id, kind, fraud, occurred_at, amount, currency_code, source, note, created_by from finesse_risk_outcome where order_id = ? and deleted_at is null order by occurred_at`, [req.params.id]),
  ])
  const [assessment] = a.rows.length ? await assessmentViews(req.scope, a.rows) : [null]
  res.json({ assessment, outcomes: o.rows })
}
