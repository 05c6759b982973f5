import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Cursor, FactFilter } from "./reads"

/**
 * Whole-store scans for capability plugins that need every order with its basket (personas' recompute reads a
 * million orders): one row per order with the product and category ids of its lines joined by commas, the time as
 * epoch ms. Lines are aggregated per page over the page's time range (an index range scan, no per-order lookup), and
 * the few columns parse several times faster than order facts plus line facts (ids never contain commas).
 */
export type BasketRow = {
  id: string
  customer_id: string | null
  /** epoch ms */
  placed_ms: number
  currency_code: string
  subtotal: number
  discount_total: number
  refund_total: number
  units: number
  /** product ids of the lines, comma-joined in line order ("" for a line without a product); null without lines */
  product_ids: string | null
  /** category ids of the lines, same layout */
  category_ids: string | null
}

export async function pageOrderBaskets(db: Knex, after: Cursor, limit: number, f: FactFilter = {}) {
  const where = ["deleted_at is null"]
  const b: Knex.RawBinding[] = []
  const lineWhere = ["deleted_at is null"]
  const lb: Knex.RawBinding[] = []
  if (!f.include_canceled) {
    where.push("status <> 'canceled'")
    lineWhere.push("status <> 'canceled'")
  }
  if (f.customer_ids) {
    where.push("customer_id = any(?)")
    b.push(f.customer_ids)
    lineWhere.push("customer_id = any(?)")
    lb.push(f.customer_ids)
  }
  if (f.since) {
    where.push("placed_at >= ?")
    b.push(f.since)
  }
  if (f.until) {
    where.push("placed_at < ?")
    b.push(f.until)
  }
  if (after) {
    where.push("(placed_at, id) > (?::timestamptz, ?)")
    b.push(after.at, after.id)
  }
  const r = await db.raw(
    `with o as (
       select id, customer_id, placed_at, currency_code, subtotal, discount_total, refund_total, units
         from finesse_order_fact where ${where.join(" and ")} order by placed_at, id limit ?)
     select o.id, o.customer_id, (extract(epoch from o.placed_at) * 1000)::float8 placed_ms, o.currency_code,
            o.subtotal, o.discount_total, o.refund_total, o.units, l.product_ids, l.category_ids
       from o left join (
         select order_id, string_agg(coalesce(product_id, ''), ',' order by id) product_ids,
                string_agg(coalesce(category_id, ''), ',' order by id) category_ids
           from finesse_order_line_fact
          where ${lineWhere.join(" and ")}
            and placed_at >= (select min(placed_at) from o) and placed_at <= (select max(placed_at) from o)
          group by order_id) l on l.order_id = o.id
      order by o.placed_at, o.id`,
    [...b, limit, ...lb]
  )
  const rows = r.rows as BasketRow[]
  const last = rows[rows.length - 1]
  return { rows, next: (last ? { at: new Date(last.placed_ms).toISOString(), id: last.id } : null) as Cursor }
}
