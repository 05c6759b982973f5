import type { Knex } from "@medusajs/framework/mikro-orm/knex"

type Db = Knex | Knex.Transaction

const bounds = (days: string[]) => days.map((d) => `('${d}'::date)`).join(",")

const assertDays = (days: string[]) => {
  for (const d of days) if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not a day: ${d}`)
}

/** Recomputes daily sales and product sales of these UTC days from the facts. */
export async function rollupSalesDays(db: Db, days: string[]) {
  if (!days.length) return
  assertDays(days)
  await db.raw(`delete from finesse_daily_sales where day = any(?)`, [days])
  await db.raw(`delete from finesse_daily_product_sales where day = any(?)`, [days])
  const dayExpr = `to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD')`
  const inDays = `placed_at >= (d.day at time zone 'UTC') and placed_at < ((d.day + 1) at time zone 'UTC')`
  await db.raw(
    `insert into finesse_daily_sales (id, day, currency_code, sales_channel_id, region_id, orders, canceled_orders,
       units, gross, subtotal, discount, shipping, tax, refunds, cost, margin, costed_revenue, costed_margin,
       first_orders, repeat_orders, guest_orders, refunded_orders)
     select 'fds_' || replace(gen_random_uuid()::text, '-', ''), ${dayExpr}, currency_code,
            coalesce(sales_channel_id, ''), coalesce(region_id, ''),
            count(*) filter (where status <> 'canceled'),
            count(*) filter (where status = 'canceled'),
            coalesce(sum(units) filter (where status <> 'canceled'), 0),
            coalesce(sum(total) filter (where status <> 'canceled'), 0),
            coalesce(sum(subtotal) filter (where status <> 'canceled'), 0),
            coalesce(sum(discount_total) filter (where status <> 'canceled'), 0),
            coalesce(sum(shipping_total) filter (where status <> 'canceled'), 0),
            coalesce(sum(tax_total) filter (where status <> 'canceled'), 0),
            coalesce(sum(refund_total) filter (where status <> 'canceled'), 0),
            coalesce(sum(cost_total) filter (where status <> 'canceled'), 0),
            coalesce(sum(margin) filter (where status <> 'canceled'), 0),
            coalesce(sum(subtotal - discount_total) filter (where status <> 'canceled' and cost_complete), 0),
            coalesce(sum(margin) filter (where status <> 'canceled' and cost_complete), 0),
            count(*) filter (where status <> 'canceled' and customer_order_index = 1),
            count(*) filter (where status <> 'canceled' and customer_order_index > 1),
            count(*) filter (where status <> 'canceled' and customer_id is null),
            count(*) filter (where status <> 'canceled' and refund_total > 0)
       from finesse_order_fact, (values ${bounds(days)}) as d(day)
      where ${inDays} and deleted_at is null
      group by 2, 3, 4, 5`
  )
  await db.raw(
    `insert into finesse_daily_product_sales (id, day, currency_code, sales_channel_id, region_id, product_id,
       category_id, orders, units, revenue, cost, margin, returned_units)
     select 'fdps_' || replace(gen_random_uuid()::text, '-', ''), ${dayExpr}, currency_code,
            coalesce(sales_channel_id, ''), coalesce(region_id, ''), coalesce(product_id, ''), coalesce(category_id, ''),
            count(distinct order_id), sum(quantity), sum(subtotal - discount_total), sum(cost_total), sum(margin),
            sum(returned_quantity)
       from finesse_order_line_fact, (values ${bounds(days)}) as d(day)
      where ${inDays} and status <> 'canceled' and deleted_at is null
      group by 2, 3, 4, 5, 6, 7`
  )
}

/** Recomputes sessions and the funnel of these UTC days from the events (bot-flagged events excluded). */
export async function rollupTrafficDays(db: Db, days: string[]) {
  if (!days.length) return
  assertDays(days)
  await db.raw(`delete from finesse_daily_traffic where day = any(?)`, [days])
  await db.raw(
    `with ev as (
       select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, coalesce(sales_channel_id, '') as ch,
              session_id, anonymous_id, type, source
         from finesse_event, (values ${bounds(days)}) as d(day)
        where occurred_at >= (d.day at time zone 'UTC') and occurred_at < ((d.day + 1) at time zone 'UTC')
          and deleted_at is null and flags is null
     ), s as (
       select day, ch, session_id,
              bool_or(type = 'product_viewed') v, bool_or(type = 'cart_item_added') c,
              bool_or(type = 'checkout_started') k, bool_or(type = 'order_placed') o,
              bool_or(source <> 'server') storefront
         from ev where session_id is not null group by 1, 2, 3
     ), e as (
       select day, ch, count(*) filter (where source <> 'server') events,
              count(distinct anonymous_id) filter (where source <> 'server') visitors,
              count(*) filter (where type = 'product_viewed') product_views,
              count(*) filter (where type = 'search') searches,
              count(*) filter (where type = 'cart_item_added') cart_adds,
              count(*) filter (where type = 'checkout_started') checkouts
         from ev group by 1, 2
     )
     insert into finesse_daily_traffic (id, day, sales_channel_id, events, sessions, visitors, product_views, searches,
       cart_adds, checkouts, sessions_viewed, sessions_carted, sessions_checkout, sessions_ordered)
     select 'fdt_' || replace(gen_random_uuid()::text, '-', ''), e.day, e.ch, e.events,
            coalesce(x.sessions, 0), e.visitors, e.product_views, e.searches, e.cart_adds, e.checkouts,
            coalesce(x.sv, 0), coalesce(x.sc, 0), coalesce(x.sk, 0), coalesce(x.so, 0)
       from e left join (
         select day, ch, count(*) filter (where storefront) sessions, count(*) filter (where v) sv,
                count(*) filter (where c) sc, count(*) filter (where k) sk, count(*) filter (where o) so
           from s group by 1, 2
       ) x on x.day = e.day and x.ch = e.ch`
  )
}

/** Rebuilds the monthly retention cohorts (first-order month × active month) from the facts. */
export async function rollupCohorts(db: Db) {
  await db.raw(`delete from finesse_customer_cohort`)
  await db.raw(
    `insert into finesse_customer_cohort (id, cohort_month, active_month, customers)
     select 'fcc_' || replace(gen_random_uuid()::text, '-', ''), f.cohort,
            to_char(date_trunc('month', o.placed_at at time zone 'UTC'), 'YYYY-MM'), count(distinct o.customer_id)
       from finesse_order_fact o
       join (select customer_id, to_char(date_trunc('month', min(placed_at) at time zone 'UTC'), 'YYYY-MM') cohort
               from finesse_order_fact
              where status <> 'canceled' and customer_id is not null and deleted_at is null
              group by customer_id) f on f.customer_id = o.customer_id
      where o.status <> 'canceled' and o.deleted_at is null
      group by 2, 3`
  )
}

/**
 * Claims dirty days (deleting their markers inside the transaction that recomputes them, so a day marked dirty
 * again meanwhile waits on the row lock and is marked anew after commit) and recomputes them.
 */
export async function refreshDirty(db: Knex, limit = 200): Promise<{ sales: number; traffic: number }> {
  return db.transaction(async (trx) => {
    const claimed = await trx.raw(
      `delete from finesse_rollup_dirty where id in (
         select id from finesse_rollup_dirty order by day limit ? for update skip locked)
       returning day, scope`,
      [limit]
    )
    const sales = claimed.rows.filter((r: { scope: string }) => r.scope === "sales").map((r: { day: string }) => r.day)
    const traffic = claimed.rows.filter((r: { scope: string }) => r.scope === "traffic").map((r: { day: string }) => r.day)
    await rollupSalesDays(trx, sales)
    await rollupTrafficDays(trx, traffic)
    if (sales.length) await rollupCohorts(trx)
    return { sales: sales.length, traffic: traffic.length }
  })
}

export async function countDirty(db: Knex): Promise<number> {
  const r = await db.raw(`select count(*)::int n from finesse_rollup_dirty`)
  return r.rows[0].n
}
