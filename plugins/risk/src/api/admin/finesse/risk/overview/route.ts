import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { riskSettings } from "../../../../../engine/risk-settings"
import { modelView } from "../../../../../engine/model-view"
import { riskOf } from "../helpers"

/**
 * GET /admin/finesse/risk/overview — the Risk page's head: orders waiting in the queue, refused checkouts, decisions
 * per day over 30 days, the live rules and model, open KPI incidents.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const db = riskOf(req).db()
  const since = new Date(Date.now() - 30 * 86_400_000)
  const [settings, queue, daily, incidents, scored, model] = await Promise.all([
    riskSettings(req.scope),
    db.raw(
      `select count(*)::int pending, min(placed_at) oldest, coalesce(sum(amount), 0)::float8 amount, min(currency_code) currency_code
         from finesse_risk_assessment where review_status = 'pending' and order_id is not null and deleted_at is null`
    ),
    db.raw(
      `select to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') as day,
              count(*) filter (where decision = 'allow')::int as allow, count(*) filter (where decision = 'review')::int as review,
              count(*) filter (where decision = 'block')::int as block
         from finesse_risk_assessment where placed_at >= ? and deleted_at is null group by 1 order by 1`,
      [since]
    ),
    db.raw(`select count(*) filter (where status = 'open')::int open, count(*) filter (where status = 'acknowledged')::int acknowledged from finesse_risk_incident where deleted_at is null`),
    db.raw(`select count(*)::int n, max(placed_at) last from finesse_risk_assessment where deleted_at is null`),
    modelView(req.scope),
  ])
  const q = queue.rows[0]
  res.json({
    overview: {
      queue: { pending: q.pending, oldest_placed_at: q.oldest, amount: q.amount, currency_code: q.currency_code },
      last_30_days: {
        allow: daily.rows.reduce((s: number, d: any) => s + d.allow, 0),
        review: daily.rows.reduce((s: number, d: any) => s + d.review, 0),
        block: daily.rows.reduce((s: number, d: any) => s + d.block, 0),
        daily: daily.rows,
      },
      scored: { orders: scored.rows[0].n, last_at: scored.rows[0].last },
      rules: { version: settings.ruleSet.version, thresholds: settings.ruleSet.thresholds, signals: settings.config.rules.length },
      lists: { allow: settings.lists.filter((e) => e.list === "allow").length, block: settings.lists.filter((e) => e.list === "block").length },
      model: model.active ? { status: "trained", version: model.active.version, auc: model.active.metrics?.auc ?? null } : { status: model.latest?.status ?? "none", message: model.latest?.message ?? null },
      incidents: incidents.rows[0],
    },
  })
}
