import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LineFact, OrderFact } from "../../../lib/facts/types"
import { daysOf, markDirty } from "./events-store"

const ORDER_COLS = [
  "id", "display_id", "customer_id", "anonymous_id", "session_id", "sales_channel_id", "region_id", "currency_code",
  "placed_at", "status", "canceled_at", "item_count", "units", "subtotal", "discount_total", "shipping_total",
  "tax_total", "total", "cost_total", "margin", "refund_total", "returned_units", "promotion_codes", "cost_complete",
] as const
const LINE_COLS = [
  "id", "order_id", "placed_at", "status", "customer_id", "sales_channel_id", "region_id", "currency_code",
  "product_id", "variant_id", "category_id", "title", "quantity", "unit_price", "subtotal", "discount_total", "total",
  "unit_cost", "cost_total", "margin", "returned_quantity", "refund_amount",
] as const

async function upsert(db: Knex, table: string, cols: readonly string[], rows: Record<string, unknown>[], keep: string[] = []) {
  // Postgres takes at most 65,535 bindings per statement
  const chunk = Math.max(1, Math.floor(60_000 / cols.length))
  const updates = cols
    .filter((c) => c !== "id" && !keep.includes(c))
    .map((c) => `"${c}" = excluded."${c}"`)
    .concat(["updated_at = now()", "deleted_at = null"])
    .join(", ")
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    await db.raw(
      `insert into ${table} (${cols.map((c) => `"${c}"`).join(",")}) values
       ${part.map(() => `(${cols.map(() => "?").join(",")})`).join(",")}
       on conflict (id) do update set ${updates}`,
      part.flatMap((r) => cols.map((c) => (r[c] === undefined ? null : r[c]))) as Knex.RawBinding[]
    )
  }
}

/**
 * Writes order and line facts (replacing earlier versions of the same orders), recomputes the affected customers'
 * order sequence, and marks every touched day for the rollup job.
 */
export async function writeFacts(db: Knex, orders: OrderFact[], lines: LineFact[]) {
  if (!orders.length) return
  const ids = orders.map((o) => o.id)
  const customers = [...new Set(orders.map((o) => o.customer_id).filter((c): c is string => !!c))]
  // one transaction, so a reader never sees a fact without its customer sequence
  const moved = await db.transaction(async (trx) => {
    await upsert(trx, "finesse_order_fact", ORDER_COLS, orders as unknown as Record<string, unknown>[], ["customer_order_index"])
    await trx.raw(`delete from finesse_order_line_fact where order_id = any(?) and not (id = any(?))`, [ids, lines.map((l) => l.id)])
    await upsert(trx, "finesse_order_line_fact", LINE_COLS, lines as unknown as Record<string, unknown>[])
    return reindexCustomers(trx, customers)
  })
  await markDirty(db, daysOf([...orders.map((o) => o.placed_at), ...moved]), "sales")
}

/**
 * A customer's 1st, 2nd, … non-canceled order by time (canceled orders get none). Returns the placed_at of facts
 * whose index changed, since that changes their day's first/repeat split.
 */
export async function reindexCustomers(db: Knex | Knex.Transaction, customerIds: string[]): Promise<Date[]> {
  if (!customerIds.length) return []
  const r = await db.raw(
    `update finesse_order_fact f set customer_order_index = x.rn
       from (select id,
                    case when status = 'canceled' then null
                         else row_number() over (partition by customer_id, status = 'canceled' order by placed_at, id) end as rn
               from finesse_order_fact where customer_id = any(?) and deleted_at is null) x
      where f.id = x.id and f.customer_order_index is distinct from x.rn
      returning f.placed_at`,
    [customerIds]
  )
  return r.rows.map((x: { placed_at: Date }) => new Date(x.placed_at))
}
