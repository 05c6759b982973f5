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

/**
 * Upserts rows in one statement per 5,000 rows: the rows travel as one JSON parameter that Postgres turns into
 * typed records (`json_populate_recordset`), far cheaper than tens of thousands of bound parameters.
 */
async function upsert(db: Knex, table: string, cols: readonly string[], rows: Record<string, unknown>[], keep: string[] = []) {
  const list = cols.map((c) => `"${c}"`).join(",")
  const updates = cols
    .filter((c) => c !== "id" && !keep.includes(c))
    .map((c) => `"${c}" = excluded."${c}"`)
    .concat(["updated_at = now()", "deleted_at = null"])
    .join(", ")
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000).map((r) => Object.fromEntries(cols.map((c) => [c, r[c] === undefined ? null : r[c]])))
    await db.raw(
      `insert into ${table} (${list})
       select ${list} from json_populate_recordset(null::${table}, ?::json)
       on conflict (id) do update set ${updates}`,
      [JSON.stringify(part)]
    )
  }
}

/**
 * Writes order and line facts (replacing earlier versions of the same orders), recomputes the affected customers'
 * order sequence (unless `reindex: false`: a backfill reindexes every customer once at its end), and marks every
 * touched day for the rollup job.
 */
export async function writeFacts(db: Knex, orders: OrderFact[], lines: LineFact[], opts: { reindex?: boolean } = {}) {
  if (!orders.length) return
  const ids = orders.map((o) => o.id)
  const customers = opts.reindex === false ? [] : [...new Set(orders.map((o) => o.customer_id).filter((c): c is string => !!c))]
  // one transaction, so a reader never sees a fact without its customer sequence
  const moved = await db.transaction(async (trx) => {
    await upsert(trx, "finesse_order_fact", ORDER_COLS, orders as unknown as Record<string, unknown>[], ["customer_order_index"])
    await trx.raw(`delete from finesse_order_line_fact where order_id = any(?) and not (id = any(?))`, [ids, lines.map((l) => l.id)])
    await upsert(trx, "finesse_order_line_fact", LINE_COLS, lines as unknown as Record<string, unknown>[])
    return reindexCustomers(trx, customers)
  })
  await markDirty(db, daysOf([...orders.map((o) => o.placed_at), ...moved]), "sales")
}

/** Every customer's order sequence in one pass (after a backfill); marks the days whose first/repeat split moved. */
export async function reindexAllCustomers(db: Knex): Promise<number> {
  const moved = await reindexCustomers(db, "all")
  await markDirty(db, daysOf(moved), "sales")
  return moved.length
}

/**
 * A customer's 1st, 2nd, … non-canceled order by time (canceled orders get none). Returns the placed_at of facts
 * whose index changed, since that changes their day's first/repeat split.
 */
export async function reindexCustomers(db: Knex | Knex.Transaction, customerIds: string[] | "all"): Promise<Date[]> {
  if (!customerIds.length) return []
  const which = customerIds === "all" ? "customer_id is not null" : "customer_id = any(?)"
  const r = await db.raw(
    `update finesse_order_fact f set customer_order_index = x.rn
       from (select id,
                    case when status = 'canceled' then null
                         else row_number() over (partition by customer_id, status = 'canceled' order by placed_at, id) end as rn
               from finesse_order_fact where ${which} and deleted_at is null) x
      where f.id = x.id and f.customer_order_index is distinct from x.rn
      returning f.placed_at`,
    customerIds === "all" ? [] : [customerIds]
  )
  return r.rows.map((x: { placed_at: Date }) => new Date(x.placed_at))
}
