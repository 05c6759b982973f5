import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assessmentViews } from "../../../../../engine/assessment-view"
import { riskOf } from "../helpers"
import type { AdminListAssessmentsQueryType } from "../validators"

/**
 * GET /admin/finesse/risk/assessments — scored checkouts and orders, newest first. `review_status=pending` is the
 * review queue (held orders: authorised, not captured); `refused` the checkouts blocked before any payment.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminListAssessmentsQueryType }).validatedQuery
  const where: string[] = ["deleted_at is null"]
  const args: unknown[] = []
  if (q.review_status) {
    where.push("review_status = ?")
    args.push(q.review_status)
    // a pending hold is an order waiting; a checkout that never became an order is no one's to review
    if (q.review_status === "pending") where.push("order_id is not null")
  }
  if (q.decision) {
    where.push("decision = ?")
    args.push(q.decision)
  }
  if (q.signal) {
    where.push("hit_codes @> array[?]::text[]")
    args.push(q.signal)
  }
  if (q.customer_id) {
    where.push("customer_id = ?")
    args.push(q.customer_id)
  }
  const db = riskOf(req).db()
  const order = q.review_status === "pending" ? "score desc, placed_at asc" : "placed_at desc"
  const [rows, count] = await Promise.all([
    db.raw(`select * from finesse_risk_assessment where ${where.join(" and ")} order by ${order}, id limit ? offset ?`, [...args, q.limit, q.offset] as any),
    db.raw(`select count(*)::int n from finesse_risk_assessment where ${where.join(" and ")}`, args as any),
  ])
  res.json({ assessments: await assessmentViews(req.scope, rows.rows), count: count.rows[0].n, limit: q.limit, offset: q.offset })
}
