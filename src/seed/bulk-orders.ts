import type { DemoAddress, DemoOrder } from "../demo"
import { IdFactory } from "./bulk/ids"
import { addOrderRows, type OrderRefs } from "./bulk/order-rows"
import { createOrderTables } from "./bulk/order-tables"
import type { Queryable } from "./bulk/table"
import type { SeedContext } from "./context"
import { findOrdersByKey, withConnection } from "./db"

/** Orders per transaction: a killed run loses at most one batch, which is rolled back as a whole. */
const BATCH = 400

export function orderRefs(ctx: SeedContext): OrderRefs {
  const { plan, ids } = ctx
  const locationAddress = new Map<string, DemoAddress>()
  for (const l of plan.stockLocations) locationAddress.set(ids.stockLocations.get(l.key)!, l.address)
  return {
    sales_channel_id: ids.sales_channel_id,
    regions: ids.regions,
    customers: ids.customers,
    customerByKey: new Map(plan.customers.map((c) => [c.key, c])),
    variants: ids.variants,
    promotions: ids.promotions,
    shippingOptions: ids.shippingOptions,
    returnOptions: ids.returnOptions,
    locationAddress,
    latest: ctx.now.getTime(),
  }
}

async function writeBatch(conn: Queryable, ids: IdFactory, refs: OrderRefs, batch: DemoOrder[], skipFkChecks: boolean): Promise<number> {
  const t = createOrderTables()
  for (const o of batch) addOrderRows(t, ids, refs, o)
  let rows = 0
  await conn.query("begin")
  try {
    // The rows reference each other (and the catalog) consistently by construction; skipping the foreign-key
    // triggers for this transaction saves a third of the insert time (the order_item rows alone check two keys
    // each). Only a superuser may do this; others get the checks.
    if (skipFkChecks) await conn.query("set local session_replication_role = replica")
    for (const table of Object.values(t)) rows += await table.flush(conn)
    await conn.query("commit")
  } catch (e) {
    await conn.query("rollback").catch(() => undefined)
    throw e
  }
  return rows
}

/**
 * Writes every plan order that is not in the database yet (by metadata.demo_key) with bulk SQL, BATCH orders
 * per transaction, on two connections so Node builds one batch while Postgres stores the other. The orders
 * `exclude`d are the ones placed through Medusa's flows.
 */
export async function writeBulkOrders(ctx: SeedContext, exclude: Set<string>): Promise<string> {
  const { plan } = ctx
  const existing = await findOrdersByKey(
    ctx,
    plan.orders.map((o) => o.key)
  )
  const todo = plan.orders.filter((o) => !existing.has(o.key) && !exclude.has(o.key))
  const refs = orderRefs(ctx)
  const ids = new IdFactory()
  const skipFkChecks = (await ctx.db.raw(`select rolsuper from pg_roles where rolname = current_user`)).rows[0]?.rolsuper === true
  let rows = 0
  let next = 0
  const worker = () =>
    withConnection(ctx, async (conn) => {
      for (;;) {
        const start = next
        next += BATCH
        if (start >= todo.length) return
        const n = await writeBatch(conn, ids, refs, todo.slice(start, start + BATCH), skipFkChecks)
        rows += n
      }
    })
  await Promise.all([worker(), worker()])
  return `${todo.length} orders (${existing.size} already there, ${exclude.size} left to the flows), ${rows} rows`
}

/**
 * What follows from the orders as a whole (idempotent): the display-id sequence continues after the highest
 * plan number, and the welcome code's per-customer budget counts its uses.
 */
export async function finishOrders(ctx: SeedContext): Promise<void> {
  await ctx.db.raw(
    `select setval('order_display_id_seq', greatest((select coalesce(max(display_id), 0) from "order"), 1))`
  )
  await ctx.db.raw(
    `update promotion_campaign_budget b
        set used = u.n, raw_used = jsonb_build_object('value', u.n::text, 'precision', 20)
       from (select budget_id, sum(used) as n from promotion_campaign_budget_usage where deleted_at is null group by budget_id) u
      where b.id = u.budget_id and b.used <> u.n`
  )
}
