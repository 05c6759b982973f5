import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dbOf } from "../../../../../reads/core-tables"

/**
 * GET /admin/finesse/promotions/evaluations?promotion_id&verdict&latest&limit&offset — evaluation headlines (the
 * latest per promotion unless latest=false), newest first; the report itself is on GET …/evaluations/:id.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = req.validatedQuery as { limit: number; offset: number; promotion_id?: string; verdict?: string; latest: "true" | "false" }
  const db = dbOf(req.scope)
  const where = ["deleted_at is null"]
  const args: any[] = []
  if (q.promotion_id) {
    where.push("promotion_id = ?")
    args.push(q.promotion_id)
  }
  const base = `select id, promotion_id, code, experiment_id, design, status, message, currency_code, verdict, net_effect, net_effect_low, net_effect_high, as_of, job_id
                  from finesse_promotion_evaluation where ${where.join(" and ")}`
  const latest = q.latest === "true" ? `select distinct on (promotion_id) * from (${base}) e order by promotion_id, as_of desc, id desc` : base
  const filtered = `select * from (${latest}) x ${q.verdict ? "where verdict = ?" : ""}`
  const fargs = q.verdict ? [...args, q.verdict] : args
  const [rows, count] = await Promise.all([
    db.raw(`${filtered} order by as_of desc, id desc limit ? offset ?`, [...fargs, q.limit, q.offset]),
    db.raw(`select count(*)::int as n from (${filtered}) c`, fargs),
  ])
  res.json({ evaluations: rows.rows, count: count.rows[0].n, offset: q.offset, limit: q.limit })
}
