import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BasketRow, Cursor, FactFilter } from "../../../lib/facts/read-types"
import { factWhere, page } from "./reads"

/**
 * Whole-store scans for capability plugins that need every order with its basket (personas' recompute reads a
 * million orders): one row per order with the product and category ids of its lines joined by commas, the time as
 * epoch ms. Lines are aggregated per page over the page's time range (an index range scan, no per-order lookup), and
 * the few columns parse several times faster than order facts plus line facts (ids never contain commas).
 */
export type { BasketRow }

export async function pageOrderBaskets(db: Knex, after: Cursor, limit: number, f: FactFilter = {}) {
  const w = factWhere(f, "placed_at", after)
  // the lines of the page's orders: same filter without the time bounds (the page's own range bounds them)
  const lw = factWhere({ customer_ids: f.customer_ids, include_canceled: f.include_canceled }, "placed_at")
  const r = await db.raw(
    `with o as (
       select id, customer_id, placed_at, currency_code, subtotal, discount_total, refund_total, units
         from finesse_order_fact where ${w.sql.join(" and ")} order by placed_at, id limit ?)
     select o.id, o.customer_id, (extract(epoch from o.placed_at) * 1000)::float8 placed_ms, o.currency_code,
            o.subtotal, o.discount_total, o.refund_total, o.units, l.product_ids, l.category_ids
       from o left join (
         select order_id, string_agg(coalesce(product_id, ''), ',' order by id) product_ids,
                string_agg(coalesce(category_id, ''), ',' order by id) category_ids
           from finesse_order_line_fact
          where ${lw.sql.join(" and ")}
            and placed_at >= (select min(placed_at) from o) and placed_at <= (select max(placed_at) from o)
          group by order_id) l on l.order_id = o.id
      order by o.placed_at, o.id`,
    [...w.b, limit, ...lw.b]
  )
  return page(r.rows as BasketRow[], "placed_ms")
}
