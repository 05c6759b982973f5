import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { riskOf } from "../helpers"
import type { AdminListIncidentsQueryType } from "../validators"

/** GET /admin/finesse/risk/incidents — KPI anomaly incidents (one per alert), open ones first, newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminListIncidentsQueryType }).validatedQuery
  const where = ["i.deleted_at is null"]
  const args: unknown[] = []
  if (q.status) {
    where.push("i.status = ?")
    args.push(q.status)
  }
  if (q.severity) {
    where.push("i.severity = ?")
    args.push(q.severity)
  }
  const db = riskOf(req).db()
  const [rows, count] = await Promise.all([
    db.raw(
      `select i.*, a.id alert_id, a.status alert_status, a.channel alert_channel, a.sent_at alert_sent_at, a.title alert_title
         from finesse_risk_incident i left join finesse_risk_alert a on a.incident_id = i.id and a.deleted_at is null
        where ${where.join(" and ")}
        order by case i.status when 'open' then 0 when 'acknowledged' then 1 else 2 end, i.start_day desc, i.id limit ? offset ?`,
      [...args, q.limit, q.offset] as any
    ),
    db.raw(`select count(*)::int n from finesse_risk_incident i where ${where.join(" and ")}`, args as any),
  ])
  res.json({ incidents: rows.rows.map(incidentView), count: count.rows[0].n, limit: q.limit, offset: q.offset })
}

export function incidentView(r: any) {
  return {
    id: r.id,
    key: r.key,
    start_day: r.start_day,
    end_day: r.end_day,
    metrics: r.metrics,
    severity: r.severity,
    direction: r.direction,
    summary: r.summary,
    peak: r.peak,
    points: r.points,
    status: r.status,
    detected_at: r.detected_at,
    acknowledged_by: r.acknowledged_by,
    acknowledged_at: r.acknowledged_at,
    resolved_by: r.resolved_by,
    resolved_at: r.resolved_at,
    note: r.note,
    alert: r.alert_id ? { id: r.alert_id, status: r.alert_status, channel: r.alert_channel, sent_at: r.alert_sent_at, title: r.alert_title } : null,
  }
}
