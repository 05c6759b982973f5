import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkInsert, newIds, pgArray, type Column } from "./bulk"

export type AlertInsert = {
  key: string
  code: string
  severity: "info" | "warning" | "critical"
  variant_id: string
  product_id: string
  competitor_id: string | null
  currency_code: string
  message: string
  data: Record<string, unknown>
}

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "key", type: "text" },
  { name: "code", type: "text" },
  { name: "severity", type: "text" },
  { name: "status", type: "text" },
  { name: "variant_id", type: "text" },
  { name: "product_id", type: "text" },
  { name: "competitor_id", type: "text" },
  { name: "currency_code", type: "text" },
  { name: "message", type: "text" },
  { name: "data", type: "jsonb" },
  { name: "raised_at", type: "timestamptz" },
  { name: "last_seen_at", type: "timestamptz" },
]

/**
 * Raises alerts by key: a new key is a new alert (returned with `inserted`), a known one only gets its
 * last_seen_at, message and figures refreshed (and reopens if it had been resolved by the condition going away).
 */
export async function upsertAlerts(db: Knex, alerts: readonly AlertInsert[], at: Date): Promise<{ id: string; key: string; inserted: boolean }[]> {
  if (!alerts.length) return []
  const byKey = new Map(alerts.map((a) => [a.key, a]))
  const ids = newIds("fpalr", byKey.size)
  const { rows } = await bulkInsert(
    db,
    "finesse_pricing_alert",
    COLUMNS,
    [...byKey.values()].map((a, i) => [ids[i], a.key, a.code, a.severity, "open", a.variant_id, a.product_id, a.competitor_id, a.currency_code, a.message, a.data, at, at]),
    `on conflict (key) where deleted_at is null do update set last_seen_at = excluded.last_seen_at, message = excluded.message, data = excluded.data,
       severity = excluded.severity, status = case when finesse_pricing_alert.status = 'resolved' then 'open' else finesse_pricing_alert.status end,
       resolved_at = case when finesse_pricing_alert.status = 'resolved' then null else finesse_pricing_alert.resolved_at end, updated_at = now()
     returning id, key, (xmax = 0) as inserted`
  )
  return rows
}

/** Open or acknowledged alerts whose key the latest full run did not raise: the situation is over. */
export async function resolveAlertsNotIn(db: Knex, seenKeys: readonly string[], at: Date): Promise<number> {
  const r = await db.raw(
    `update finesse_pricing_alert set status = 'resolved', resolved_at = ?, updated_at = now()
     where status in ('open', 'acknowledged') and deleted_at is null and not (key = any(?::text[]))`,
    [at, pgArray(seenKeys)]
  )
  return r.rowCount ?? 0
}

export async function setAlertNotification(db: Knex, id: string, notificationId: string | null) {
  await db.raw(`update finesse_pricing_alert set notification_id = ?, updated_at = now() where id = ?`, [notificationId, id])
}

/** A page of alerts: price wars first, then by severity (critical, warning, info), newest first. */
export async function listAlerts(db: Knex, f: { status?: string[]; code?: string[]; product_id?: string }, limit: number, offset: number) {
  const where = ["deleted_at is null"]
  const args: any[] = []
  if (f.status?.length) (where.push("status = any(?::text[])"), args.push(pgArray(f.status)))
  if (f.code?.length) (where.push("code = any(?::text[])"), args.push(pgArray(f.code)))
  if (f.product_id) (where.push("product_id = ?"), args.push(f.product_id))
  const w = where.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(
      `select * from finesse_pricing_alert where ${w}
       order by (code = 'price_war') desc, case severity when 'critical' then 0 when 'warning' then 1 else 2 end, raised_at desc, id
       limit ? offset ?`,
      [...args, limit, offset]
    ),
    db.raw(`select count(*)::int n from finesse_pricing_alert where ${w}`, args),
  ])
  return [rows.rows, count.rows[0].n] as const
}
