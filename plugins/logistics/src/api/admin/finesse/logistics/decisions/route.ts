import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decisionOut, svcOf } from "../helpers"
import type { DecisionsQueryType } from "../validators"

/** GET /admin/finesse/logistics/decisions — current routing decisions, newest first (filters: split, status, source, location). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as DecisionsQueryType
  const where = ["current", "deleted_at is null"]
  const b: (string | number | boolean)[] = []
  if (q.order_id) (where.push("order_id = ?"), b.push(q.order_id))
  if (q.split) (where.push("split = ?"), b.push(q.split === "true"))
  if (q.status) (where.push("status = ?"), b.push(q.status))
  if (q.source) (where.push("source = ?"), b.push(q.source))
  if (q.location_id) (where.push("shipments @> ?::jsonb"), b.push(JSON.stringify([{ location_id: q.location_id }])))
  const db = svcOf(req).db()
  const [rows, count] = await Promise.all([
    db.raw(`select * from finesse_logistics_decision where ${where.join(" and ")} order by created_at desc, id limit ? offset ?`, [...b, q.limit, q.offset]),
    db.raw(`select count(*)::int n from finesse_logistics_decision where ${where.join(" and ")}`, b),
  ])
  res.json({ decisions: rows.rows.map(decisionOut), count: count.rows[0].n, offset: q.offset, limit: q.limit })
}
