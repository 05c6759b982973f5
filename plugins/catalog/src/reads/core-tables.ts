/**
 * SQL over core's fact and event tables (finesse_order_line_fact, finesse_event) joined to Medusa's fulfillment
 * and reservation tables (a line's location: the one that fulfilled it, else the one that reserved it, else its
 * sales channel's first), for the bulk reads the catalog jobs need and core's read API does not offer.
 * Candidate for core's read API: demand per variant × stock location × period (lines carry no location; the
 * location is the one that fulfilled the line, else the one that reserved it, else the sales channel's first),
 * sales value per variant, recent sales per product.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Granularity } from "../lib/series/calendar"

type Db = Knex | Knex.Transaction

/** Period start (Monday 00:00 UTC or the UTC day) of a timestamptz column, as a timestamptz. */
export function periodSql(col: string, g: Granularity): string {
  return `(date_trunc('${g === "week" ? "week" : "day"}', ${col} at time zone 'UTC') at time zone 'UTC')`
}

/**
 * Rebuilds demand rows of `granularity` from line facts placed in [from, until): all of them (`full`), or only the
 * (variant, period) pairs whose facts changed after `factsSince` or whose orders were fulfilled after it. Demand is
 * quantity − returned quantity of non-canceled lines; revenue is net of line discounts (minor units); promotion
 * units are those of discounted lines. Rows before `from` are deleted (the window slides). Runs in the caller's
 * transaction (`slide: false` keeps rows before `from`: a partial recompute of recent periods). Returns the rows
 * written.
 */
export async function refreshDemandRows(db: Db, g: Granularity, opts: { from: Date; until: Date; full: boolean; factsSince?: Date | null; slide?: boolean }): Promise<{ deleted: number; written: number; pairs: number }> {
  const period = periodSql("lf.placed_at", g)
  const window = `lf.deleted_at is null and lf.variant_id is not null and lf.placed_at >= :from and lf.placed_at < :until`
  const binds = { g, from: opts.from, until: opts.until, since: opts.factsSince ?? new Date(0) }
  let filter = ""
  let pairs = 0
  if (!opts.full) {
    await db.raw(`drop table if exists tmp_catalog_demand_pairs`)
    await db.raw(
      `create temporary table tmp_catalog_demand_pairs on commit drop as
       select distinct lf.variant_id, ${period} as period_start from finesse_order_line_fact lf
        where ${window} and lf.updated_at > :since
       union
       select distinct lf.variant_id, ${period} from fulfillment f
         join fulfillment_item fi on fi.fulfillment_id = f.id and fi.deleted_at is null
         join finesse_order_line_fact lf on lf.id = fi.line_item_id
        where ${window} and (f.created_at > :since or f.updated_at > :since)`,
      binds
    )
    pairs = Number((await db.raw(`select count(*)::int n from tmp_catalog_demand_pairs`)).rows[0].n)
    filter = `and (lf.variant_id, ${period}) in (select variant_id, period_start from tmp_catalog_demand_pairs)`
  }
  const del = opts.full
    ? await db.raw(`delete from finesse_catalog_demand where granularity = :g`, binds)
    : await db.raw(
        `delete from finesse_catalog_demand d where d.granularity = :g and d.deleted_at is null and (${opts.slide === false ? "false" : "d.period_start < :from"} or (d.variant_id, d.period_start) in (select variant_id, period_start from tmp_catalog_demand_pairs))`,
        binds
      )
  if (!opts.full && pairs === 0) return { deleted: del.rowCount ?? 0, written: 0, pairs }
  // set-based location lookups (hash joins): a correlated subquery per line is fast with fresh statistics but turns
  // into a scan per line when the planner thinks Medusa's fulfillment tables are empty (right after a bulk import)
  const ins = await db.raw(
    `with src as (
       select lf.id, lf.variant_id, lf.product_id, lf.placed_at, lf.sales_channel_id, ${period} as period_start,
              (lf.quantity - coalesce(lf.returned_quantity, 0)) as q,
              (lf.unit_price - lf.discount_total::float / greatest(lf.quantity, 1)) as net,
              lf.discount_total > 0 as promoted
         from finesse_order_line_fact lf
        where ${window} and lf.status <> 'canceled' ${filter}
     ),
     ful as (
       select distinct on (fi.line_item_id) fi.line_item_id, f.location_id
         from fulfillment_item fi
         join src on src.id = fi.line_item_id
         join fulfillment f on f.id = fi.fulfillment_id and f.deleted_at is null and f.canceled_at is null
         join order_fulfillment ofl on ofl.fulfillment_id = f.id and ofl.deleted_at is null
        where fi.deleted_at is null
        order by fi.line_item_id, f.created_at
     ),
     res as (
       select distinct on (ri.line_item_id) ri.line_item_id, ri.location_id
         from reservation_item ri join src on src.id = ri.line_item_id
        where ri.deleted_at is null
        order by ri.line_item_id, ri.created_at
     ),
     chan as (
       select distinct on (sales_channel_id) sales_channel_id, stock_location_id
         from sales_channel_stock_location where deleted_at is null order by sales_channel_id, stock_location_id
     )
     insert into finesse_catalog_demand (id, granularity, variant_id, location_id, product_id, period_start, units, lines, revenue, promo_units, sizes)
     select 'fcd_' || md5(:g || variant_id || '|' || location_id || '|' || period_start::text), :g, variant_id, location_id, max(product_id), period_start,
            sum(q)::int, count(*)::int, sum(net * q), sum(case when promoted then q else 0 end)::int, string_agg(q::text, ',' order by placed_at)
       from (
         select src.*, coalesce(ful.location_id, res.location_id, chan.stock_location_id, '') as location_id
           from src
           left join ful on ful.line_item_id = src.id
           left join res on res.line_item_id = src.id
           left join chan on chan.sales_channel_id = src.sales_channel_id
       ) x
      where q > 0
      group by variant_id, location_id, period_start`,
    binds
  )
  return { deleted: del.rowCount ?? 0, written: ins.rowCount ?? 0, pairs }
}

/** Latest change time of any line fact (the next refresh's watermark). */
export async function lineFactsChangedUntil(db: Db): Promise<Date | null> {
  const r = await db.raw(`select max(updated_at) t from finesse_order_line_fact`)
  return r.rows[0]?.t ? new Date(r.rows[0].t) : null
}

export type SalesValueRow = { variant_id: string; product_id: string | null; currency_code: string; units: number; revenue: number; margin: number | null; last_sold_at: Date | null; units_recent: number; units_earlier: number }

/**
 * Per variant and currency over [from, until): units and net revenue (minor units) of non-canceled lines less
 * returns, margin where every line had a cost, the last sale, and units in the later and earlier half of the window.
 */
export async function salesValueByVariant(db: Db, from: Date, until: Date): Promise<SalesValueRow[]> {
  const mid = new Date((from.getTime() + until.getTime()) / 2)
  const r = await db.raw(
    `select variant_id, max(product_id) product_id, currency_code,
            sum(quantity - coalesce(returned_quantity, 0))::int units,
            round(sum((quantity - coalesce(returned_quantity, 0)) * (unit_price - discount_total::float / greatest(quantity, 1))))::bigint revenue,
            case when bool_and(unit_cost is not null) then round(sum((quantity - coalesce(returned_quantity, 0)) * (unit_price - discount_total::float / greatest(quantity, 1) - unit_cost)))::bigint end margin,
            max(placed_at) last_sold_at,
            sum(case when placed_at >= :mid then quantity - coalesce(returned_quantity, 0) else 0 end)::int units_recent,
            sum(case when placed_at < :mid then quantity - coalesce(returned_quantity, 0) else 0 end)::int units_earlier
       from finesse_order_line_fact
      where deleted_at is null and status <> 'canceled' and variant_id is not null and placed_at >= :from and placed_at < :until
      group by variant_id, currency_code`,
    { from, until, mid }
  )
  return r.rows.map((x: any) => ({ ...x, units: Number(x.units), revenue: Number(x.revenue), margin: x.margin === null ? null : Number(x.margin), units_recent: Number(x.units_recent), units_earlier: Number(x.units_earlier) }))
}

/** Last sale per variant over all history (dead-stock checks look further back than the analysis window). */
export async function lastSaleByVariant(db: Db): Promise<Map<string, Date>> {
  const r = await db.raw(`select variant_id, max(placed_at) t from finesse_order_line_fact where deleted_at is null and status <> 'canceled' and variant_id is not null group by variant_id`)
  return new Map(r.rows.map((x: any) => [x.variant_id, new Date(x.t)]))
}

/** Order lines per product over [from, until): the importance of a product's fixes. */
export async function linesByProduct(db: Db, from: Date, until: Date): Promise<Map<string, number>> {
  const r = await db.raw(
    `select product_id, count(*)::int n from finesse_order_line_fact
      where deleted_at is null and status <> 'canceled' and product_id is not null and placed_at >= ? and placed_at < ? group by product_id`,
    [from, until]
  )
  return new Map(r.rows.map((x: any) => [x.product_id, Number(x.n)]))
}
