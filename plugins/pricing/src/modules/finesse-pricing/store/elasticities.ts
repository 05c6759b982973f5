import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkInsert, newIds, pgArray, type Column } from "./bulk"

export type ElasticityInsert = {
  scope: "product" | "category"
  scope_id: string
  category_id: string | null
  currency_code: string
  source: string
  elasticity: number | null
  ci_low: number | null
  ci_high: number | null
  se: number | null
  df: number | null
  evidence: "good" | "weak" | "insufficient"
  observations: number
  price_levels: number
  controls: string[]
  reasons: string[]
}

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "scope", type: "text" },
  { name: "scope_id", type: "text" },
  { name: "category_id", type: "text" },
  { name: "currency_code", type: "text" },
  { name: "source", type: "text" },
  { name: "elasticity", type: "float8" },
  { name: "ci_low", type: "float8" },
  { name: "ci_high", type: "float8" },
  { name: "se", type: "float8" },
  { name: "df", type: "float8" },
  { name: "evidence", type: "text" },
  { name: "observations", type: "int" },
  { name: "price_levels", type: "int" },
  { name: "controls", type: "jsonb" },
  { name: "reasons", type: "jsonb" },
  { name: "run_id", type: "text" },
  { name: "computed_at", type: "timestamptz" },
]

const finite = (x: number | null) => (x === null || !Number.isFinite(x) ? null : x)

/** Replaces the estimates of a run: the same scope and id is one row (the latest estimate). */
export async function upsertElasticities(db: Knex, rows: readonly ElasticityInsert[], runId: string, at: Date): Promise<number> {
  const ids = newIds("fpela", rows.length)
  const { count } = await bulkInsert(
    db,
    "finesse_pricing_elasticity",
    COLUMNS,
    rows.map((e, i) => [ids[i], e.scope, e.scope_id, e.category_id, e.currency_code, e.source, finite(e.elasticity), finite(e.ci_low), finite(e.ci_high), finite(e.se), finite(e.df), e.evidence, e.observations, e.price_levels, e.controls, e.reasons, runId, at]),
    `on conflict (scope, scope_id) where deleted_at is null do update set category_id = excluded.category_id, currency_code = excluded.currency_code,
       source = excluded.source, elasticity = excluded.elasticity, ci_low = excluded.ci_low, ci_high = excluded.ci_high, se = excluded.se, df = excluded.df,
       evidence = excluded.evidence, observations = excluded.observations, price_levels = excluded.price_levels, controls = excluded.controls,
       reasons = excluded.reasons, run_id = excluded.run_id, computed_at = excluded.computed_at, updated_at = now()`
  )
  return count
}

export type StoredElasticity = ElasticityInsert & { id: string; computed_at: Date; run_id: string | null }

export async function productElasticities(db: Knex, productIds: readonly string[] | null): Promise<Map<string, StoredElasticity>> {
  const out = new Map<string, StoredElasticity>()
  const q = async (ids: readonly string[] | null) => {
    const r = await db.raw(
      `select * from finesse_pricing_elasticity where scope = 'product' and deleted_at is null ${ids ? "and scope_id = any(?::text[])" : ""}`,
      ids ? [pgArray(ids)] : []
    )
    for (const e of r.rows) out.set(e.scope_id, e)
  }
  if (!productIds) await q(null)
  else for (let i = 0; i < productIds.length; i += 10_000) await q(productIds.slice(i, i + 10_000))
  return out
}
