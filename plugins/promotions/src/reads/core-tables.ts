/**
 * Bulk reads of core's fact and rollup tables that core's read API does not offer (yet): each is a candidate for
 * core's read API. Money in integer minor units, as core stores it.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { EvalLine, EvalOrder } from "../lib"
import type { ReplaySource } from "../lib"

export const dbOf = (container: MedusaContainer) => container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

export type Window = { since: Date; until: Date; currency_code?: string | null }

function windowSql(w: Window, alias = "") {
  const a = alias ? `${alias}.` : ""
  const where = [`${a}placed_at >= ?`, `${a}placed_at < ?`, `${a}status <> 'canceled'`, `${a}deleted_at is null`]
  const args: any[] = [w.since, w.until]
  if (w.currency_code) {
    where.push(`${a}currency_code = ?`)
    args.push(w.currency_code.toLowerCase())
  }
  return { where: where.join(" and "), args }
}

export type EvaluationOrder = EvalOrder & { id: string; currency_code: string; region_id: string | null }

/**
 * Orders for an evaluation: margin is null when some line had no cost (core's cost_complete), so the report says
 * "margin unknown" instead of reading a margin without costs as profit. Candidate for core's read API.
 */
export async function evaluationOrders(db: Knex, w: Window): Promise<EvaluationOrder[]> {
  const { where, args } = windowSql(w)
  const r = await db.raw(
    `select id, customer_id, placed_at, currency_code, region_id, subtotal, discount_total, total,
            case when cost_complete then margin else null end as margin, promotion_codes, customer_order_index
       from finesse_order_fact where ${where} order by placed_at, id`,
    args
  )
  return (r.rows as any[]).map((o) => ({ ...o, placed_at: new Date(o.placed_at).getTime() }))
}

/** Line facts (customer, time, total, discount) for full-price sales. Candidate for core's read API. */
export async function evaluationLines(db: Knex, w: Window): Promise<(EvalLine & { currency_code: string })[]> {
  const { where, args } = windowSql(w)
  const r = await db.raw(`select customer_id, placed_at, currency_code, total, discount_total from finesse_order_line_fact where ${where}`, args)
  return (r.rows as any[]).map((l) => ({ ...l, placed_at: new Date(l.placed_at).getTime() }))
}

/** Orders with their lines and shipping, for the replay through the promotion module. Candidate for core's read API. */
export async function replaySources(db: Knex, w: Window, limit: number): Promise<ReplaySource[]> {
  const { where, args } = windowSql(w, "o")
  const r = await db.raw(
    `select o.id, o.customer_id, o.placed_at, o.currency_code, o.region_id, o.sales_channel_id, o.shipping_total,
            coalesce(json_agg(json_build_object('id', l.id, 'product_id', l.product_id, 'variant_id', l.variant_id, 'quantity', l.quantity,
              'unit_price', l.unit_price, 'discount_total', l.discount_total, 'unit_cost', l.unit_cost) order by l.id)
              filter (where l.id is not null), '[]') as lines
       from finesse_order_fact o left join finesse_order_line_fact l on l.order_id = o.id and l.deleted_at is null
      where ${where}
      group by o.id order by o.placed_at desc, o.id limit ?`,
    [...args, limit]
  )
  return (r.rows as any[]).map((o) => ({ ...o, placed_at: new Date(o.placed_at).getTime(), lines: o.lines }))
}

/** GMV per day (UTC) from core's daily rollup, for the peak-day check. Candidate for core's read API. */
export async function dailyGmv(db: Knex, w: { since: string; until: string; currency_code: string }): Promise<{ day: string; gmv: number }[]> {
  const r = await db.raw(
    `select day, sum(gross)::bigint as gmv from finesse_daily_sales
      where day >= ? and day < ? and currency_code = ? and deleted_at is null group by day order by day`,
    [w.since, w.until, w.currency_code.toLowerCase()]
  )
  return (r.rows as any[]).map((x) => ({ day: x.day, gmv: Number(x.gmv) }))
}

/**
 * Average price and unit cost of products sold in the window (cost null when some sale had none), the margin check
 * of an order-wide promotion reads the products that actually sell. Candidate for core's read API.
 */
export async function soldProducts(db: Knex, w: Window, productIds: string[] | null, limit = 200) {
  const { where, args } = windowSql(w)
  const filter = productIds ? ` and product_id = any(?::text[])` : ""
  const r = await db.raw(
    `select product_id, round(sum(unit_price * quantity)::numeric / nullif(sum(quantity), 0))::int as price,
            case when bool_and(unit_cost is not null) then round(sum(unit_cost * quantity)::numeric / nullif(sum(quantity), 0))::int else null end as unit_cost,
            sum(quantity)::int as units
       from finesse_order_line_fact where ${where} and product_id is not null${filter}
      group by product_id order by sum(total) desc limit ?`,
    [...args, ...(productIds ? [productIds] : []), limit]
  )
  return r.rows as { product_id: string; price: number; unit_cost: number | null; units: number }[]
}

/** The audience's baseline: orders per day, average subtotal and units, over the window. Candidate for core's read API. */
export async function orderRate(db: Knex, w: Window, customerIds: string[] | null) {
  const { where, args } = windowSql(w)
  const filter = customerIds ? ` and customer_id = any(?::text[])` : ""
  const r = await db.raw(
    `select count(*)::int as orders, coalesce(avg(subtotal), 0)::float as average_subtotal, coalesce(avg(units), 0)::float as average_units
       from finesse_order_fact where ${where}${filter}`,
    [...args, ...(customerIds ? [customerIds] : [])]
  )
  return r.rows[0] as { orders: number; average_subtotal: number; average_units: number }
}

/** The latest order currency of each customer before `before` (their "home" currency for an evaluation). */
export async function customerCurrencies(db: Knex, customerIds: string[], before: Date): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (let i = 0; i < customerIds.length; i += 5000) {
    const r = await db.raw(
      `select distinct on (customer_id) customer_id, currency_code from finesse_order_fact
        where customer_id = any(?::text[]) and placed_at < ? and status <> 'canceled' and deleted_at is null
        order by customer_id, placed_at desc`,
      [customerIds.slice(i, i + 5000), before]
    )
    for (const row of r.rows as { customer_id: string; currency_code: string }[]) out.set(row.customer_id, row.currency_code)
  }
  return out
}

/** Customers with an order in the window, and the region of their latest one. Candidate for core's read API. */
export async function activeCustomers(db: Knex, w: Window): Promise<{ customer_id: string; region_id: string | null }[]> {
  const { where, args } = windowSql(w)
  const r = await db.raw(
    `select distinct on (customer_id) customer_id, region_id from finesse_order_fact
      where ${where} and customer_id is not null order by customer_id, placed_at desc`,
    args
  )
  return r.rows
}

/** The currency most orders are placed in (the store's main one). */
export async function mainCurrency(db: Knex): Promise<string> {
  const r = await db.raw(`select currency_code from finesse_order_fact where deleted_at is null group by currency_code order by count(*) desc limit 1`)
  return r.rows[0]?.currency_code ?? "eur"
}
