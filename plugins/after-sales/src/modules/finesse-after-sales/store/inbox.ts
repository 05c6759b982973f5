import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ACTIVE_STATUSES } from "../../../lib/cases/case-model"
import { CASE_TABLE, type CaseRow } from "./case-rows"

export type InboxFilters = {
  /** Statuses; "active" (default) is new/open/waiting/approved, "all" is every status. */
  status?: string[] | "active" | "all"
  kind?: string[]
  priority?: string[]
  channel?: string[]
  /** An admin user id, or "unassigned". */
  assignee_id?: string
  sla_state?: string[]
  customer_id?: string
  order_id?: string
  reason?: string
  topic?: string
  product_id?: string
  flag?: string
  /** Case numbers an RMA or a number in the search box decoded to. */
  numbers?: number[]
  order_display_id?: number
  created_from?: Date
  created_to?: Date
}

export type InboxSort = "urgency" | "newest" | "oldest" | "updated"

/** The inbox columns (no status history, no decision). */
export const INBOX_COLUMNS = [
  "id", "number", "rma_number", "kind", "status", "priority", "channel", "customer_id", "order_id", "order_display_id",
  "currency_code", "order_total", "assignee_id", "subject", "reason", "product_id", "flags", "sla_state", "sla_rank", "sla_due_at",
  "first_response_state", "first_response_due_at", "resolution_state", "resolution_due_at", "message_count", "last_message_at",
  "last_message_by", "resolved_at", "topic", "csat", "nps", "survey_status", "follow_up_of", "created_at", "updated_at",
] as const

export type InboxRow = Pick<CaseRow, (typeof INBOX_COLUMNS)[number]>

function applyFilters(q: Knex.QueryBuilder, f: InboxFilters) {
  q.whereNull("deleted_at")
  const status = f.status ?? "active"
  if (status === "active") q.whereIn("status", ACTIVE_STATUSES as string[])
  else if (status !== "all") q.whereIn("status", status)
  if (f.kind?.length) q.whereIn("kind", f.kind)
  if (f.priority?.length) q.whereIn("priority", f.priority)
  if (f.channel?.length) q.whereIn("channel", f.channel)
  if (f.sla_state?.length) q.whereIn("sla_state", f.sla_state)
  if (f.assignee_id === "unassigned") q.whereNull("assignee_id")
  else if (f.assignee_id) q.where("assignee_id", f.assignee_id)
  if (f.customer_id) q.where("customer_id", f.customer_id)
  if (f.order_id) q.where("order_id", f.order_id)
  if (f.reason) q.where("reason", f.reason)
  if (f.topic) q.where("topic", f.topic)
  if (f.product_id) q.where("product_id", f.product_id)
  if (f.flag) q.whereRaw(`flags @> ?::jsonb`, [JSON.stringify([f.flag])])
  if (f.numbers || f.order_display_id !== undefined) {
    q.where((w) => {
      if (f.numbers?.length) w.orWhereIn("number", f.numbers)
      if (f.order_display_id !== undefined) w.orWhere("order_display_id", f.order_display_id)
      if (!f.numbers?.length && f.order_display_id === undefined) w.whereRaw("false")
    })
  }
  if (f.created_from) q.where("created_at", ">=", f.created_from)
  if (f.created_to) q.where("created_at", "<", f.created_to)
  return q
}

const ORDER: Record<InboxSort, string> = {
  // lib compareInboxUrgency in SQL: breached, warning, running, other; earliest due; most urgent priority; oldest
  urgency: `sla_rank asc, sla_due_at asc nulls last, priority_order asc, created_at asc, id asc`,
  newest: `created_at desc, id desc`,
  oldest: `created_at asc, id asc`,
  updated: `updated_at desc, id desc`,
}

/** One page of the inbox and the count of all matching cases. */
export async function listInbox(db: Knex, f: InboxFilters, page: { limit: number; offset: number; sort?: InboxSort }) {
  const rowsQ = applyFilters(db(CASE_TABLE).select([...INBOX_COLUMNS]), f)
    .orderByRaw(ORDER[page.sort ?? "urgency"])
    .limit(page.limit)
    .offset(page.offset)
  const countQ = applyFilters(db(CASE_TABLE).count({ n: "*" }), f)
  const [rows, [{ n }]] = await Promise.all([rowsQ, countQ])
  return { rows: rows as InboxRow[], count: Number(n) }
}

/** Cases per status and SLA state among the active ones (the inbox's tabs and badges). */
export async function inboxCounts(db: Knex, assigneeId?: string) {
  const r = await db.raw(
    `select status, coalesce(sla_state, 'none') sla_state, count(*)::int n from ${CASE_TABLE}
      where deleted_at is null ${assigneeId ? "and assignee_id = ?" : ""} group by 1, 2`,
    assigneeId ? [assigneeId] : []
  )
  const byStatus: Record<string, number> = {}
  const bySla: Record<string, number> = {}
  for (const row of r.rows as { status: string; sla_state: string; n: number }[]) {
    byStatus[row.status] = (byStatus[row.status] ?? 0) + row.n
    if ((ACTIVE_STATUSES as string[]).includes(row.status)) bySla[row.sla_state] = (bySla[row.sla_state] ?? 0) + row.n
  }
  return { by_status: byStatus, active_by_sla_state: bySla }
}

/** The active cases' assignment and clocks, for lib summarizeWorkload. */
export async function workloadRows(db: Knex) {
  const r = await db.raw(
    `select assignee_id, status, priority, created_at, sla_state, sla_due_at from ${CASE_TABLE}
      where deleted_at is null and status in ('new', 'open', 'waiting_on_customer', 'approved')`
  )
  return r.rows as Array<{ assignee_id: string | null; status: string; priority: string; created_at: Date; sla_state: string | null; sla_due_at: Date | null }>
}

/** Active cases whose clocks need a look at or before `now` (the SLA job's batch). */
export async function dueForSla(db: Knex, now: Date, limit: number, after: string | null) {
  const r = await db.raw(
    `select id from ${CASE_TABLE}
      where deleted_at is null and next_sla_check_at is not null and next_sla_check_at <= ? and (?::text is null or id > ?)
      order by id limit ?`,
    [now, after, after, limit]
  )
  return (r.rows as { id: string }[]).map((x) => x.id)
}
