import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CustomerCounts, DailySales, DailyTraffic } from "../../../lib/kpis/kpi-report"

export type KpiFilters = {
  from: string // YYYY-MM-DD, inclusive
  to: string // YYYY-MM-DD, inclusive
  currency_code: string
  sales_channel_id?: string
  region_id?: string
  category_id?: string
}

const n = (v: unknown) => Number(v ?? 0)

/** The category and all its descendants (facts carry a product's most specific category). */
const CATEGORY_TREE = `(select c.id from product_category c, product_category p
  where p.id = ? and c.deleted_at is null and (c.id = p.id or c.mpath like p.mpath || '.%'))`

function where(
  f: KpiFilters,
  opts: { day?: string; time?: string; region?: boolean; currency?: boolean; prefix?: string } = {}
) {
  const p = opts.prefix ?? ""
  const sql: string[] = []
  const b: Knex.RawBinding[] = []
  if (opts.day) {
    sql.push(`${opts.day} between ? and ?`)
    b.push(f.from, f.to)
  }
  if (opts.time) {
    sql.push(`${opts.time} >= ?::date and ${opts.time} < (?::date + 1)`)
    b.push(f.from, f.to)
  }
  if (opts.currency !== false) {
    sql.push(`${p}currency_code = ?`)
    b.push(f.currency_code)
  }
  if (f.sales_channel_id) {
    sql.push(`coalesce(${p}sales_channel_id, '') = ?`)
    b.push(f.sales_channel_id)
  }
  if (f.region_id && opts.region !== false) {
    sql.push(`coalesce(${p}region_id, '') = ?`)
    b.push(f.region_id)
  }
  return { sql: sql.join(" and "), b }
}

export async function dailySales(db: Knex, f: KpiFilters): Promise<DailySales[]> {
  if (f.category_id) return dailyCategorySales(db, f)
  const w = where(f, { day: "day" })
  const r = await db.raw(
    `select day, sum(orders) orders, sum(canceled_orders) canceled_orders, sum(units) units, sum(gross) gross,
            sum(subtotal) subtotal, sum(discount) discount, sum(shipping) shipping, sum(tax) tax, sum(refunds) refunds,
            sum(cost) cost, sum(margin) margin, sum(costed_revenue) costed_revenue, sum(costed_margin) costed_margin,
            sum(first_orders) first_orders, sum(repeat_orders) repeat_orders, sum(guest_orders) guest_orders,
            sum(refunded_orders) refunded_orders
       from finesse_daily_sales where ${w.sql} and deleted_at is null group by day order by day`,
    w.b
  )
  return r.rows.map((x: Record<string, unknown>) => {
    const o: Record<string, unknown> = { day: x.day }
    for (const [k, v] of Object.entries(x)) if (k !== "day") o[k] = n(v)
    return o as DailySales
  })
}

/** Sales of one category (and its subcategories): goods revenue, units, margin; orders counted from line facts. */
async function dailyCategorySales(db: Knex, f: KpiFilters): Promise<DailySales[]> {
  const w = where(f, { day: "day" })
  const r = await db.raw(
    `select day, sum(units) units, sum(revenue) revenue, sum(cost) cost, sum(margin) margin
       from finesse_daily_product_sales where ${w.sql} and category_id in ${CATEGORY_TREE} and deleted_at is null
      group by day`,
    [...w.b, f.category_id!]
  )
  const lw = where(f, { time: "placed_at" })
  const orders = await db.raw(
    `select to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(distinct order_id) orders
       from finesse_order_line_fact where ${lw.sql} and status <> 'canceled' and deleted_at is null
        and category_id in ${CATEGORY_TREE}
      group by 1`,
    [...lw.b, f.category_id!]
  )
  const ordersByDay = new Map<string, number>(orders.rows.map((x: { day: string; orders: string }) => [x.day, n(x.orders)]))
  return r.rows
    .map((x: Record<string, unknown>) => ({
      day: x.day as string,
      orders: ordersByDay.get(x.day as string) ?? 0,
      canceled_orders: 0,
      units: n(x.units),
      gross: n(x.revenue),
      subtotal: n(x.revenue),
      discount: 0,
      shipping: 0,
      tax: 0,
      refunds: 0,
      cost: n(x.cost),
      margin: n(x.margin),
      costed_revenue: n(x.revenue),
      costed_margin: n(x.margin),
      first_orders: 0,
      repeat_orders: 0,
      guest_orders: 0,
      refunded_orders: 0,
    }))
    .sort((a: DailySales, b: DailySales) => a.day.localeCompare(b.day))
}

export async function dailyTraffic(db: Knex, f: KpiFilters): Promise<DailyTraffic[]> {
  const w = where({ ...f, region_id: undefined }, { day: "day", currency: false, region: false })
  const r = await db.raw(
    `select day, sum(events) events, sum(sessions) sessions, sum(visitors) visitors, sum(product_views) product_views,
            sum(searches) searches, sum(cart_adds) cart_adds, sum(checkouts) checkouts,
            sum(sessions_viewed) sessions_viewed, sum(sessions_carted) sessions_carted,
            sum(sessions_checkout) sessions_checkout, sum(sessions_ordered) sessions_ordered
       from finesse_daily_traffic where ${w.sql} and deleted_at is null group by day order by day`,
    w.b
  )
  return r.rows.map((x: Record<string, unknown>) => {
    const o: Record<string, unknown> = { day: x.day }
    for (const [k, v] of Object.entries(x)) if (k !== "day") o[k] = n(v)
    return o as DailyTraffic
  })
}

export async function customerCounts(db: Knex, f: KpiFilters): Promise<CustomerCounts> {
  const w = where(f, { time: "placed_at" })
  // the line facts of the category in the same time range (the order's and its lines' placed_at are the same)
  const cat = f.category_id
    ? `and id in (select order_id from finesse_order_line_fact where ${w.sql} and deleted_at is null and category_id in ${CATEGORY_TREE})`
    : ""
  const r = await db.raw(
    `select count(distinct customer_id) customers,
            count(distinct customer_id) filter (where customer_order_index = 1) new_customers,
            count(distinct customer_id) filter (where customer_order_index >= 2) repeat_customers
       from finesse_order_fact
      where ${w.sql} and status <> 'canceled' and customer_id is not null and deleted_at is null ${cat}`,
    f.category_id ? [...w.b, ...w.b, f.category_id] : w.b
  )
  const x = r.rows[0]
  return { customers: n(x.customers), new_customers: n(x.new_customers), repeat_customers: n(x.repeat_customers) }
}

export async function topProducts(db: Knex, f: KpiFilters, limit = 10) {
  const w = where(f, { day: "s.day", prefix: "s." })
  const cat = f.category_id ? `and s.category_id in ${CATEGORY_TREE}` : ""
  const r = await db.raw(
    `select s.product_id, p.title, p.handle, p.thumbnail, sum(s.units) units, sum(s.revenue) revenue,
            sum(s.margin) margin, sum(s.orders) orders
       from finesse_daily_product_sales s left join product p on p.id = s.product_id
      where ${w.sql} and s.deleted_at is null ${cat}
      group by s.product_id, p.title, p.handle, p.thumbnail order by sum(s.revenue) desc limit ?`,
    [...w.b, ...(f.category_id ? [f.category_id] : []), limit]
  )
  return r.rows.map((x: Record<string, unknown>) => ({
    product_id: x.product_id || null,
    title: x.title ?? "(deleted product)",
    handle: x.handle ?? null,
    thumbnail: x.thumbnail ?? null,
    units: n(x.units),
    revenue: n(x.revenue),
    margin: n(x.margin),
    orders: n(x.orders),
  }))
}

export async function topCategories(db: Knex, f: KpiFilters, limit = 10) {
  const w = where(f, { day: "s.day", prefix: "s." })
  const cat = f.category_id ? `and s.category_id in ${CATEGORY_TREE}` : ""
  const r = await db.raw(
    `select s.category_id, c.name, sum(s.units) units, sum(s.revenue) revenue, sum(s.margin) margin
       from finesse_daily_product_sales s left join product_category c on c.id = s.category_id
      where ${w.sql} and s.deleted_at is null ${cat}
      group by s.category_id, c.name order by sum(s.revenue) desc limit ?`,
    [...w.b, ...(f.category_id ? [f.category_id] : []), limit]
  )
  return r.rows.map((x: Record<string, unknown>) => ({
    category_id: x.category_id || null,
    name: x.name ?? (x.category_id ? "(deleted category)" : "Uncategorised"),
    units: n(x.units),
    revenue: n(x.revenue),
    margin: n(x.margin),
  }))
}

export async function cohortCounts(db: Knex, fromMonth: string, toMonth: string) {
  const r = await db.raw(
    `select cohort_month, active_month, customers from finesse_customer_cohort
      where cohort_month between ? and ? and active_month <= ? and deleted_at is null`,
    [fromMonth, toMonth, toMonth]
  )
  return r.rows.map((x: { cohort_month: string; active_month: string; customers: number }) => ({ ...x, customers: n(x.customers) }))
}

export async function rejections(db: Knex, from: string, to: string) {
  const r = await db.raw(
    `select reason, action, sum(count) count from finesse_event_rejection
      where day between ? and ? and deleted_at is null group by reason, action order by sum(count) desc`,
    [from, to]
  )
  return r.rows.map((x: { reason: string; action: string; count: string }) => ({ reason: x.reason, action: x.action, count: n(x.count) }))
}

export async function defaultCurrency(db: Knex): Promise<string> {
  const r = await db.raw(
    `select currency_code from store_currency where is_default and deleted_at is null order by created_at limit 1`
  )
  return (r.rows[0]?.currency_code as string | undefined)?.toLowerCase() ?? "usd"
}

/** Currencies, sales channels and regions that have sales, for the filter pickers. */
export async function kpiDimensions(db: Knex) {
  const cur = await db.raw(`select distinct currency_code from finesse_daily_sales where deleted_at is null order by 1`)
  const ch = await db.raw(
    `select sc.id, sc.name from sales_channel sc where sc.deleted_at is null order by sc.name`
  )
  const reg = await db.raw(`select r.id, r.name, r.currency_code from region r where r.deleted_at is null order by r.name`)
  return {
    currencies: cur.rows.map((x: { currency_code: string }) => x.currency_code),
    sales_channels: ch.rows,
    regions: reg.rows,
  }
}
