import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Paged, insertJson, num, numOrNull } from "./bulk"

export const REPLENISHMENT_COLS = [
  "id", "run_id", "variant_id", "location_id", "product_id", "sku", "title", "location_name", "supplier", "currency_code",
  "stocked", "reserved", "incoming", "available", "inventory_position", "mean_per_day", "safety_stock", "reorder_point",
  "order_up_to", "eoq", "suggested_qty", "unit_cost", "order_value", "days_of_cover", "stockout_risk", "demand_model",
  "reorder", "reason", "lead_time_days", "lead_time_sd_days", "lead_time_source", "demand_class", "forecast_method", "computed_at",
] as const

export type ReplenishmentRow = Record<(typeof REPLENISHMENT_COLS)[number], any>

export const CLASS_COLS = [
  "id", "run_id", "variant_id", "product_id", "sku", "title", "abc", "xyz", "revenue", "margin", "share", "cumulative_share",
  "cv", "rank", "units", "on_hand", "stock_status", "days_since_last_sale", "days_of_cover", "stock_value", "drop_score", "reasons",
] as const

export type VariantClassRow = Record<(typeof CLASS_COLS)[number], any>

/** Replaces every row of a table in one transaction (readers see the old rows until it commits). */
export async function replaceAll(db: Knex, table: string, cols: readonly string[], rows: Record<string, unknown>[]) {
  await db.transaction(async (trx) => {
    await trx.raw(`delete from ${table}`)
    await insertJson(trx, table, cols, rows)
  })
}

const INT = ["stocked", "reserved", "incoming", "available", "inventory_position", "reorder_point", "order_up_to", "eoq", "suggested_qty", "order_value"]

function replenishmentRow(r: any) {
  const out: any = { ...r }
  for (const k of INT) out[k] = num(r[k])
  for (const k of ["mean_per_day", "safety_stock", "stockout_risk", "lead_time_days"]) out[k] = num(r[k])
  for (const k of ["unit_cost", "days_of_cover", "lead_time_sd_days"]) out[k] = numOrNull(r[k])
  return out
}

export type ReplenishmentQuery = { limit: number; offset: number; reorder?: boolean; location_id?: string; supplier?: string; q?: string; variant_id?: string; product_id?: string; order: string }

const ORDERS: Record<string, string> = {
  stockout_risk: "stockout_risk",
  days_of_cover: "days_of_cover",
  order_value: "order_value",
  suggested_qty: "suggested_qty",
  mean_per_day: "mean_per_day",
}

function where(q: Omit<ReplenishmentQuery, "limit" | "offset" | "order">) {
  const cond: string[] = ["deleted_at is null"]
  const binds: any[] = []
  if (q.reorder !== undefined) (cond.push("reorder = ?"), binds.push(q.reorder))
  if (q.location_id) (cond.push("location_id = ?"), binds.push(q.location_id))
  if (q.supplier) (cond.push("supplier = ?"), binds.push(q.supplier))
  if (q.variant_id) (cond.push("variant_id = ?"), binds.push(q.variant_id))
  if (q.product_id) (cond.push("product_id = ?"), binds.push(q.product_id))
  if (q.q) (cond.push("(sku ilike ? or title ilike ?)"), binds.push(`%${q.q}%`, `%${q.q}%`))
  return { sql: cond.join(" and "), binds }
}

function orderBy(order: string) {
  const desc = order.startsWith("-")
  const col = ORDERS[order.replace(/^-/, "")] ?? "stockout_risk"
  // the CSV and the list keep the lib's urgency order on ties: risk, then cover
  return `${col} ${desc ? "desc" : "asc"} nulls last, stockout_risk desc, days_of_cover asc nulls last, variant_id, location_id`
}

export async function listReplenishment(db: Knex, q: ReplenishmentQuery): Promise<Paged<any>> {
  const w = where(q)
  const [rows, count] = await Promise.all([
    db.raw(`select * from finesse_catalog_replenishment where ${w.sql} order by ${orderBy(q.order)} limit ? offset ?`, [...w.binds, q.limit, q.offset]),
    db.raw(`select count(*)::int n from finesse_catalog_replenishment where ${w.sql}`, w.binds),
  ])
  return { rows: rows.rows.map(replenishmentRow), count: count.rows[0].n }
}

/** Every matching row in urgency order (the CSV export), in pages so a large list does not sit in one result. */
export async function* allReplenishment(db: Knex, q: Omit<ReplenishmentQuery, "limit" | "offset">, page = 5000) {
  for (let offset = 0; ; offset += page) {
    const { rows } = await listReplenishment(db, { ...q, limit: page, offset })
    if (rows.length) yield rows
    if (rows.length < page) return
  }
}

export async function replenishmentSummary(db: Knex) {
  const r = await db.raw(
    `select count(*)::int rows, count(*) filter (where reorder)::int reorder, count(*) filter (where stockout_risk >= 0.5)::int at_risk,
            count(*) filter (where available = 0 and mean_per_day > 0)::int out_of_stock,
            coalesce(sum(order_value) filter (where reorder), 0)::bigint order_value, max(currency_code) currency_code,
            max(computed_at) computed_at, max(run_id) run_id
       from finesse_catalog_replenishment where deleted_at is null`
  )
  const x = r.rows[0]
  return { rows: x.rows, reorder: x.reorder, at_risk: x.at_risk, out_of_stock: x.out_of_stock, order_value: num(x.order_value), currency_code: x.currency_code, computed_at: x.computed_at, run_id: x.run_id }
}

export async function classMatrix(db: Knex) {
  const r = await db.raw(
    `select abc, xyz, count(*)::int variants, coalesce(sum(revenue), 0)::bigint revenue, coalesce(sum(stock_value), 0)::bigint stock_value
       from finesse_catalog_variant_class where deleted_at is null group by abc, xyz`
  )
  const s = await db.raw(
    `select count(*)::int variants, count(*) filter (where stock_status = 'dead')::int dead, count(*) filter (where stock_status = 'slow')::int slow,
            count(*) filter (where drop_score is not null)::int drop_candidates, coalesce(sum(revenue), 0)::bigint revenue, max(run_id) run_id
       from finesse_catalog_variant_class where deleted_at is null`
  )
  return { cells: r.rows.map((x: any) => ({ ...x, revenue: num(x.revenue), stock_value: num(x.stock_value) })), totals: { ...s.rows[0], revenue: num(s.rows[0].revenue) } }
}

export type ClassQuery = { limit: number; offset: number; abc?: string; xyz?: string; stock_status?: string; drop?: boolean; q?: string; order: string }

export async function listClasses(db: Knex, q: ClassQuery): Promise<Paged<any>> {
  const cond: string[] = ["deleted_at is null"]
  const binds: any[] = []
  if (q.abc) (cond.push("abc = ?"), binds.push(q.abc))
  if (q.xyz) (cond.push("xyz = ?"), binds.push(q.xyz))
  if (q.stock_status) (cond.push("stock_status = ?"), binds.push(q.stock_status))
  if (q.drop) cond.push("drop_score is not null")
  if (q.q) (cond.push("(sku ilike ? or title ilike ?)"), binds.push(`%${q.q}%`, `%${q.q}%`))
  const desc = q.order.startsWith("-")
  const col = { rank: "rank", drop_score: "drop_score", stock_value: "stock_value", revenue: "revenue", cv: "cv" }[q.order.replace(/^-/, "")] ?? "rank"
  const w = cond.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(`select * from finesse_catalog_variant_class where ${w} order by ${col} ${desc ? "desc" : "asc"} nulls last, rank, variant_id limit ? offset ?`, [...binds, q.limit, q.offset]),
    db.raw(`select count(*)::int n from finesse_catalog_variant_class where ${w}`, binds),
  ])
  return {
    rows: rows.rows.map((r: any) => ({ ...r, revenue: num(r.revenue), margin: numOrNull(r.margin), share: num(r.share), cumulative_share: num(r.cumulative_share), cv: numOrNull(r.cv), units: num(r.units), on_hand: num(r.on_hand), days_since_last_sale: numOrNull(r.days_since_last_sale), days_of_cover: numOrNull(r.days_of_cover), stock_value: num(r.stock_value), drop_score: numOrNull(r.drop_score) })),
    count: count.rows[0].n,
  }
}
