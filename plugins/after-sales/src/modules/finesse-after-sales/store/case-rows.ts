import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { CaseChannel, CaseKind, CasePriority, CaseStatus } from "../../../lib/cases/case-model"
import type { StatusChange } from "../../../lib/sla/case-sla"

/** A case as stored (dates as Date; `subject` encrypted). */
export type CaseRow = {
  id: string
  number: number
  rma_number: string
  kind: CaseKind
  status: CaseStatus
  priority: CasePriority
  priority_order: number
  channel: CaseChannel
  customer_id: string | null
  order_id: string | null
  order_display_id: number | null
  currency_code: string | null
  order_total: number | null
  assignee_id: string | null
  subject: string
  reason: string | null
  product_id: string | null
  product_ids: string[] | null
  category_ids: string[] | null
  flags: string[] | null
  sla_state: string | null
  sla_rank: number
  sla_due_at: Date | null
  first_response_state: string | null
  first_response_due_at: Date | null
  resolution_state: string | null
  resolution_due_at: Date | null
  next_sla_check_at: Date | null
  status_history: StatusChange[]
  first_response_at: Date | null
  resolved_at: Date | null
  closed_at: Date | null
  reopen_count: number
  message_count: number
  last_message_at: Date | null
  last_message_by: string | null
  decision: Record<string, any> | null
  resolution_reply_key: string | null
  follow_up_of: string | null
  topic: string | null
  survey_status: string | null
  csat: number | null
  nps: number | null
  opened_by_type: string
  opened_by_id: string | null
  metadata: Record<string, unknown> | null
  created_at: Date
  updated_at: Date
}

export type MessageRow = {
  id: string
  case_id: string
  visibility: "customer" | "internal"
  author_type: "agent" | "customer" | "system"
  author_id: string | null
  body: string
  reply_key: string | null
  created_at: Date
}

export type EventRow = {
  id: string
  case_id: string
  action: string
  from_status: string | null
  to_status: string | null
  actor_type: string
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: Date
}

export const CASE_TABLE = "finesse_after_sales_case"
const JSON_COLUMNS = new Set(["product_ids", "category_ids", "flags", "status_history", "decision", "metadata"])

/** Knex writes jsonb from strings: arrays would otherwise become Postgres arrays. */
function encode(patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(patch)) out[k] = JSON_COLUMNS.has(k) && v !== null && v !== undefined ? JSON.stringify(v) : v
  return out
}

export async function nextCaseNumber(db: Knex): Promise<number> {
  const r = await db.raw(`select nextval(pg_get_serial_sequence('${CASE_TABLE}', 'number'))::int n`)
  return r.rows[0].n
}

export async function insertCase(db: Knex, row: Partial<CaseRow> & { id?: string }): Promise<CaseRow> {
  const id = row.id ?? generateEntityId(undefined, "fascase")
  const [created] = await db(CASE_TABLE).insert(encode({ ...row, id })).returning("*")
  return created
}

export async function getCase(db: Knex, id: string, opts: { forUpdate?: boolean } = {}): Promise<CaseRow | null> {
  const q = db(CASE_TABLE).where({ id }).whereNull("deleted_at").first()
  if (opts.forUpdate) q.forUpdate()
  return (await q) ?? null
}

export async function getCases(db: Knex, ids: readonly string[]): Promise<CaseRow[]> {
  if (!ids.length) return []
  return db(CASE_TABLE).whereIn("id", ids as string[]).whereNull("deleted_at")
}

export async function updateCase(db: Knex, id: string, patch: Partial<CaseRow>): Promise<CaseRow> {
  const [row] = await db(CASE_TABLE)
    .where({ id })
    .update(encode({ ...patch, updated_at: new Date() }))
    .returning("*")
  return row
}

export async function insertMessage(db: Knex, m: Omit<MessageRow, "id" | "created_at"> & { created_at?: Date }): Promise<MessageRow> {
  const [row] = await db("finesse_after_sales_message")
    .insert({ id: generateEntityId(undefined, "fasmsg"), ...m, created_at: m.created_at ?? new Date(), updated_at: m.created_at ?? new Date() })
    .returning("*")
  return row
}

export async function listMessages(db: Knex, caseId: string, visibility?: "customer"): Promise<MessageRow[]> {
  const q = db("finesse_after_sales_message").where({ case_id: caseId }).whereNull("deleted_at").orderBy([{ column: "created_at" }, { column: "id" }])
  if (visibility) q.where({ visibility })
  return q
}

export async function insertEvent(db: Knex, e: Omit<EventRow, "id" | "created_at"> & { created_at?: Date }): Promise<EventRow> {
  const [row] = await db("finesse_after_sales_case_event")
    .insert({ id: generateEntityId(undefined, "fasevt"), ...e, data: e.data ? JSON.stringify(e.data) : null, created_at: e.created_at ?? new Date(), updated_at: e.created_at ?? new Date() })
    .returning("*")
  return row
}

export async function listEvents(db: Knex, caseId: string): Promise<EventRow[]> {
  return db("finesse_after_sales_case_event").where({ case_id: caseId }).whereNull("deleted_at").orderBy([{ column: "created_at" }, { column: "id" }])
}

/** Hard-deletes rows a compensation takes back (they were created by the step being undone). */
export async function deleteRows(db: Knex, table: string, ids: readonly string[]) {
  if (ids.length) await db(table).whereIn("id", ids as string[]).delete()
}
