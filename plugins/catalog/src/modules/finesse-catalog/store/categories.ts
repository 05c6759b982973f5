import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Paged, bulkId, insertJson, num } from "./bulk"

export const HEALTH_COLS = [
  "id", "run_id", "category_id", "name", "path", "parent_id", "depth", "children", "direct_products", "total_products",
  "products_in_stock", "flags", "views", "sessions", "order_sessions", "last_touch_orders", "exits", "conversion", "exit_rate", "click_through",
] as const

export type CategoryRunInput = {
  job_id: string | null
  summary: unknown
  suggestions: unknown
  search_gaps: unknown
  thin_categories: unknown
  order_paths: unknown
  uncategorized: unknown
  events_since: Date | null
  events_until: Date | null
}

/** Stores an analysis and its categories, and drops older analyses (one transaction). */
export async function saveCategoryRun(db: Knex, run: CategoryRunInput, health: Record<string, unknown>[]): Promise<string> {
  const id = bulkId("fccr")
  await db.transaction(async (trx) => {
    await trx.raw(`delete from finesse_catalog_category_health`)
    await trx.raw(`delete from finesse_catalog_category_run`)
    await trx.raw(
      `insert into finesse_catalog_category_run (id, job_id, summary, suggestions, search_gaps, thin_categories, order_paths, uncategorized, events_since, events_until, computed_at)
       values (?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, now())`,
      [id, run.job_id, ...[run.summary, run.suggestions, run.search_gaps, run.thin_categories, run.order_paths, run.uncategorized].map((v) => JSON.stringify(v)), run.events_since, run.events_until]
    )
    await insertJson(trx, "finesse_catalog_category_health", HEALTH_COLS, health.map((h) => ({ ...h, id: bulkId("fcch"), run_id: id })))
  })
  return id
}

export async function latestCategoryRun(db: Knex) {
  const r = await db.raw(`select * from finesse_catalog_category_run where deleted_at is null order by computed_at desc limit 1`)
  return r.rows[0] ?? null
}

export type HealthQuery = { limit: number; offset: number; flag?: string; q?: string; order: string }

export async function listCategoryHealth(db: Knex, runId: string, q: HealthQuery): Promise<Paged<any>> {
  const cond = ["run_id = ?"]
  const binds: any[] = [runId]
  if (q.flag === "any") cond.push("cardinality(flags) > 0")
  else if (q.flag) (cond.push("? = any(flags)"), binds.push(q.flag))
  if (q.q) (cond.push("path ilike ?"), binds.push(`%${q.q}%`))
  const desc = q.order.startsWith("-")
  const col = { path: "path", direct_products: "direct_products", total_products: "total_products", views: "views", conversion: "conversion", exit_rate: "exit_rate", flags: "cardinality(flags)" }[q.order.replace(/^-/, "")] ?? "path"
  const w = cond.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(`select * from finesse_catalog_category_health where ${w} order by ${col} ${desc ? "desc" : "asc"}, path limit ? offset ?`, [...binds, q.limit, q.offset]),
    db.raw(`select count(*)::int n from finesse_catalog_category_health where ${w}`, binds),
  ])
  return { rows: rows.rows.map((r: any) => ({ ...r, conversion: num(r.conversion), exit_rate: num(r.exit_rate), click_through: num(r.click_through) })), count: count.rows[0].n }
}
