import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type TouchRow = {
  source_key: string
  type: "impression" | "click"
  recommendation_id: string
  placement: string
  strategy: string
  model_version: number
  experiment_number: number | null
  variant: string | null
  customer_id: string | null
  anonymous_id: string | null
  product_id: string | null
  product_ids: string[] | null
  occurred_at: Date
}

export type ConversionRow = {
  conversion_key: string
  type: "add_to_cart" | "order"
  recommendation_id: string
  placement: string
  strategy: string
  model_version: number
  experiment_number: number | null
  variant: string | null
  product_id: string
  customer_id: string | null
  anonymous_id: string | null
  order_id: string | null
  quantity: number
  amount: number
  currency_code: string | null
  occurred_at: Date
  touch_at: Date
}

async function bulkInsert(db: Knex, table: string, prefix: string, rows: Record<string, unknown>[], conflict: string, jsonCols: string[], returning = "id") {
  const inserted: any[] = []
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500).map((r) => {
      const out: Record<string, unknown> = { id: generateEntityId(undefined, prefix), ...r }
      for (const c of jsonCols) if (out[c] != null) out[c] = JSON.stringify(out[c])
      return out
    })
    const q = db(table).insert(chunk).toQuery()
    const r = await db.raw(`${q} on conflict ${conflict} where deleted_at is null do nothing returning ${returning}`)
    inserted.push(...r.rows)
  }
  return inserted
}

/** Inserts touches not seen before (by source event); returns the types of those inserted. */
export async function insertTouches(db: Knex, rows: TouchRow[]): Promise<{ type: string }[]> {
  return bulkInsert(db, "finesse_rec_touch", "frtch", rows, "(source_key)", ["product_ids"], "type")
}

/** Inserts conversions not attributed before; returns the type and order of those inserted. */
export async function insertConversions(db: Knex, rows: ConversionRow[]): Promise<{ type: string; order_id: string | null }[]> {
  return bulkInsert(db, "finesse_rec_conversion", "frconv", rows, "(conversion_key, type)", [], "type, order_id")
}

/** Click (and impression) touches of these visitors on these products in a time range, for attribution. */
export async function touchesFor(db: Knex, q: { customerIds: string[]; anonymousIds: string[]; productIds: string[]; since: Date; until: Date }) {
  const r = await db.raw(
    `select recommendation_id, type, product_id, product_ids, customer_id, anonymous_id, occurred_at
       from finesse_rec_touch
      where deleted_at is null and occurred_at >= ? and occurred_at <= ?
        and (customer_id = any(?) or anonymous_id = any(?))`,
    [q.since, q.until, q.customerIds, q.anonymousIds]
  )
  const wanted = new Set(q.productIds)
  return (r.rows as (TouchRow & { occurred_at: Date })[]).filter(
    (t) => (t.product_id && wanted.has(t.product_id)) || (t.product_ids ?? []).some((p) => wanted.has(p))
  )
}

export type Grouping = "placement" | "strategy" | "model_version"

export type PerformanceRow = {
  key: string
  impressions: number
  clicks: number
  ctr: number
  add_to_carts: number
  orders: number
  conversion_rate: number
  revenue: Record<string, number>
}

/** CTR, attributed add-to-carts, orders and revenue (minor units per currency) by placement, strategy or model version. */
export async function performance(db: Knex, from: Date, to: Date, by: Grouping): Promise<PerformanceRow[]> {
  const col = by === "model_version" ? "model_version::text" : by
  const t = await db.raw(
    `select ${col} g, count(*) filter (where type = 'impression')::int impressions, count(*) filter (where type = 'click')::int clicks
       from finesse_rec_touch where deleted_at is null and occurred_at >= ? and occurred_at < ? group by 1`,
    [from, to]
  )
  const c = await db.raw(
    `select ${col} g, currency_code,
            count(*) filter (where type = 'add_to_cart')::int add_to_carts,
            count(distinct order_id) filter (where type = 'order')::int orders,
            coalesce(sum(amount) filter (where type = 'order'), 0)::bigint revenue
       from finesse_rec_conversion where deleted_at is null and occurred_at >= ? and occurred_at < ? group by 1, 2`,
    [from, to]
  )
  const rows = new Map<string, PerformanceRow>()
  const row = (g: string) => {
    let r = rows.get(g)
    if (!r) rows.set(g, (r = { key: g, impressions: 0, clicks: 0, ctr: 0, add_to_carts: 0, orders: 0, conversion_rate: 0, revenue: {} }))
    return r
  }
  for (const x of t.rows) Object.assign(row(x.g), { impressions: x.impressions, clicks: x.clicks })
  for (const x of c.rows) {
    const r = row(x.g)
    r.add_to_carts += x.add_to_carts
    r.orders += x.orders
    if (x.currency_code && Number(x.revenue)) r.revenue[x.currency_code] = (r.revenue[x.currency_code] ?? 0) + Number(x.revenue)
  }
  for (const r of rows.values()) {
    r.ctr = r.impressions ? r.clicks / r.impressions : 0
    r.conversion_rate = r.clicks ? r.orders / r.clicks : 0
  }
  return [...rows.values()].sort((a, b) => b.impressions - a.impressions || (a.key < b.key ? -1 : 1))
}

/** Daily impressions, clicks and attributed orders (UTC days) for the chart. */
export async function dailySeries(db: Knex, from: Date, to: Date) {
  const r = await db.raw(
    `with d as (select generate_series(date_trunc('day', ?::timestamptz at time zone 'UTC'), date_trunc('day', ?::timestamptz at time zone 'UTC'), interval '1 day') as dd),
          t as (select date_trunc('day', occurred_at at time zone 'UTC') as dd,
                       count(*) filter (where type = 'impression')::int impressions, count(*) filter (where type = 'click')::int clicks
                  from finesse_rec_touch where deleted_at is null and occurred_at >= ? and occurred_at < ? group by 1),
          c as (select date_trunc('day', occurred_at at time zone 'UTC') as dd, count(distinct order_id) filter (where type = 'order')::int orders
                  from finesse_rec_conversion where deleted_at is null and occurred_at >= ? and occurred_at < ? group by 1)
     select to_char(d.dd, 'YYYY-MM-DD') as day, coalesce(t.impressions, 0) impressions, coalesce(t.clicks, 0) clicks, coalesce(c.orders, 0) orders
       from d left join t on t.dd = d.dd left join c on c.dd = d.dd order by d.dd`,
    [from, new Date(to.getTime() - 1), from, to, from, to]
  )
  return r.rows as { day: string; impressions: number; clicks: number; orders: number }[]
}

/** Per-arm counts of an experiment, per visitor (customer id, else anonymous id) and in events. */
export async function experimentCounts(db: Knex, experimentNumber: number) {
  const t = await db.raw(
    `select variant,
            count(distinct coalesce('c:' || customer_id, 'a:' || anonymous_id)) filter (where type = 'impression')::int visitors,
            count(distinct coalesce('c:' || customer_id, 'a:' || anonymous_id)) filter (where type = 'click')::int clickers,
            count(*) filter (where type = 'impression')::int impressions,
            count(*) filter (where type = 'click')::int clicks
       from finesse_rec_touch where deleted_at is null and experiment_number = ? group by variant`,
    [experimentNumber]
  )
  const c = await db.raw(
    `select variant,
            count(distinct coalesce('c:' || customer_id, 'a:' || anonymous_id)) filter (where type = 'order')::int converters,
            count(distinct order_id) filter (where type = 'order')::int orders,
            coalesce(sum(amount) filter (where type = 'order'), 0)::bigint revenue
       from finesse_rec_conversion where deleted_at is null and experiment_number = ? group by variant`,
    [experimentNumber]
  )
  const arm = (v: "a" | "b") => {
    const x = t.rows.find((r: { variant: string }) => r.variant === v) ?? {}
    const y = c.rows.find((r: { variant: string }) => r.variant === v) ?? {}
    return {
      visitors: x.visitors ?? 0,
      clickers: Math.min(x.clickers ?? 0, x.visitors ?? 0),
      converters: Math.min(y.converters ?? 0, x.visitors ?? 0),
      impressions: x.impressions ?? 0,
      clicks: x.clicks ?? 0,
      orders: y.orders ?? 0,
      revenueMinor: Number(y.revenue ?? 0),
    }
  }
  return { a: arm("a"), b: arm("b") }
}
