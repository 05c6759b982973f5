import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Cursor, EventFilter, EventReadRow, FactFilter, LineFactRow, OrderFactRow, Page } from "../../../lib/facts/read-types"

/**
 * Read API of the data layer for the capability plugins (personas, recommendations, …): keyset-paged scans of order
 * facts, line facts and events, and per-customer reads. Capabilities never read Medusa's order tables row by row.
 */

export type { Cursor, EventFilter, EventReadRow, FactFilter, LineFactRow, OrderFactRow, Page }

/**
 * The where clause of a fact scan (soft-deleted rows out, canceled orders out unless asked) and its bindings; with
 * `after`, the keyset condition that starts the page after that cursor.
 */
export function factWhere(f: FactFilter, timeCol: string, after: Cursor = null) {
  const sql = ["deleted_at is null"]
  const b: Knex.RawBinding[] = []
  if (!f.include_canceled) sql.push("status <> 'canceled'")
  if (f.customer_ids) {
    sql.push("customer_id = any(?)")
    b.push(f.customer_ids)
  }
  if (f.since) {
    sql.push(`${timeCol} >= ?`)
    b.push(f.since)
  }
  if (f.until) {
    sql.push(`${timeCol} < ?`)
    b.push(f.until)
  }
  if (after) {
    sql.push(`(${timeCol}, id) > (?::timestamptz, ?)`)
    b.push(after.at, after.id)
  }
  return { sql, b }
}

/** A page of rows and the cursor after its last row (by `timeCol`, then id). */
export function page<T extends { id: string }>(rows: T[], timeCol: keyof T): Page<T> {
  const last = rows[rows.length - 1]
  return { rows, next: last ? { at: new Date(last[timeCol] as unknown as string).toISOString(), id: last.id } : null }
}

const ORDER_FIELDS = `id, customer_id, placed_at, status, currency_code, sales_channel_id, region_id, units, item_count,
  subtotal, discount_total, total, cost_total, margin, refund_total, promotion_codes, customer_order_index`

export async function pageOrderFacts(db: Knex, after: Cursor, limit: number, f: FactFilter = {}) {
  const w = factWhere(f, "placed_at", after)
  const r = await db.raw(
    `select ${ORDER_FIELDS} from finesse_order_fact where ${w.sql.join(" and ")} order by placed_at, id limit ?`,
    [...w.b, limit]
  )
  return page<OrderFactRow>(r.rows, "placed_at")
}

const LINE_FIELDS = `id, order_id, customer_id, placed_at, status, currency_code, product_id, variant_id, category_id,
  quantity, unit_price, discount_total, total, unit_cost, margin, returned_quantity`

export async function pageLineFacts(db: Knex, after: Cursor, limit: number, f: FactFilter = {}) {
  const w = factWhere(f, "placed_at", after)
  const r = await db.raw(
    `select ${LINE_FIELDS} from finesse_order_line_fact where ${w.sql.join(" and ")} order by placed_at, id limit ?`,
    [...w.b, limit]
  )
  return page<LineFactRow>(r.rows, "placed_at")
}

const EVENT_FIELDS = `id, type, source, anonymous_id, session_id, customer_id, occurred_at, product_id, variant_id,
  category_id, order_id, recommendation_id, query, result_count, quantity, amount, currency_code, properties`

export async function pageEvents(db: Knex, after: Cursor, limit: number, f: EventFilter = {}) {
  const sql = ["deleted_at is null"]
  const b: Knex.RawBinding[] = []
  if (f.clean_only !== false) sql.push("flags is null")
  if (f.types) {
    sql.push("type = any(?)")
    b.push(f.types)
  }
  if (f.customer_ids) {
    sql.push("customer_id = any(?)")
    b.push(f.customer_ids)
  }
  if (f.anonymous_ids) {
    sql.push("anonymous_id = any(?)")
    b.push(f.anonymous_ids)
  }
  if (f.since) {
    sql.push("occurred_at >= ?")
    b.push(f.since)
  }
  if (f.until) {
    sql.push("occurred_at < ?")
    b.push(f.until)
  }
  if (after) {
    sql.push("(occurred_at, id) > (?::timestamptz, ?)")
    b.push(after.at, after.id)
  }
  const r = await db.raw(`select ${EVENT_FIELDS} from finesse_event where ${sql.join(" and ")} order by occurred_at, id limit ?`, [...b, limit])
  return page<EventReadRow>(r.rows, "occurred_at")
}
