import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkInsert, newIds, pgArray, type Column } from "./bulk"

export type ObservationInsert = {
  competitor_id: string
  variant_id: string
  product_id: string
  currency_code: string
  /** minor units */
  price: number
  in_stock: boolean
  observed_at: Date
  source: string
  offer_id: string | null
  url: string | null
}

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "competitor_id", type: "text" },
  { name: "variant_id", type: "text" },
  { name: "product_id", type: "text" },
  { name: "currency_code", type: "text" },
  { name: "price", type: "int" },
  { name: "in_stock", type: "bool" },
  { name: "observed_at", type: "timestamptz" },
  { name: "source", type: "text" },
  { name: "offer_id", type: "text" },
  { name: "url", type: "text" },
]

/**
 * Inserts observations in one statement per 20,000; the same competitor, variant, currency and instant is one
 * observation (the later write wins), so a client that re-sends a batch after a timeout loses nothing and doubles
 * nothing. Returns how many rows were inserted or corrected.
 */
export async function upsertObservations(db: Knex, rows: readonly ObservationInsert[]): Promise<{ written: number; duplicates: number }> {
  // one statement may not touch a row twice: keep the last of each key
  const byKey = new Map<string, ObservationInsert>()
  for (const o of rows) byKey.set(`${o.competitor_id}|${o.variant_id}|${o.currency_code}|${o.observed_at.getTime()}`, o)
  const unique = [...byKey.values()]
  const ids = newIds("fpobs", unique.length)
  const { count } = await bulkInsert(
    db,
    "finesse_pricing_observation",
    COLUMNS,
    unique.map((o, i) => [ids[i], o.competitor_id, o.variant_id, o.product_id, o.currency_code, o.price, o.in_stock, o.observed_at, o.source, o.offer_id, o.url]),
    `on conflict (competitor_id, variant_id, currency_code, observed_at) where deleted_at is null
     do update set price = excluded.price, in_stock = excluded.in_stock, source = excluded.source, offer_id = excluded.offer_id, url = excluded.url, updated_at = now()`
  )
  return { written: count, duplicates: rows.length - unique.length }
}

export type ObservationRow = {
  competitor_id: string
  variant_id: string
  product_id: string
  currency_code: string
  price: number
  in_stock: boolean
  observed_at: Date
}

/** The latest observation per competitor, variant and currency since `since` (all variants when `variantIds` is null). */
export async function latestObservations(db: Knex, variantIds: readonly string[] | null, since: Date): Promise<ObservationRow[]> {
  const q = (ids: readonly string[] | null) =>
    db.raw(
      `select distinct on (variant_id, currency_code, competitor_id) competitor_id, variant_id, product_id, currency_code, price, in_stock, observed_at
       from finesse_pricing_observation o
       where observed_at >= ? and deleted_at is null ${ids ? "and variant_id = any(?::text[])" : ""}
         and exists (select 1 from finesse_pricing_competitor c where c.id = o.competitor_id and c.active and c.deleted_at is null)
       order by variant_id, currency_code, competitor_id, observed_at desc`,
      ids ? [since, pgArray(ids)] : [since]
    )
  if (!variantIds) return (await q(null)).rows
  const out: ObservationRow[] = []
  for (let i = 0; i < variantIds.length; i += 10_000) out.push(...(await q(variantIds.slice(i, i + 10_000))).rows)
  return out
}

/** Every observation of some variants (or a product) since `since`, oldest first. */
export async function observationsOf(db: Knex, filter: { variant_ids?: readonly string[]; product_id?: string }, since: Date): Promise<ObservationRow[]> {
  const where: string[] = ["observed_at >= ?", "deleted_at is null"]
  const args: any[] = [since]
  if (filter.variant_ids) {
    where.push("variant_id = any(?::text[])")
    args.push(pgArray(filter.variant_ids))
  }
  if (filter.product_id) {
    where.push("product_id = ?")
    args.push(filter.product_id)
  }
  const r = await db.raw(
    `select competitor_id, variant_id, product_id, currency_code, price, in_stock, observed_at from finesse_pricing_observation
     where ${where.join(" and ")} order by observed_at, id`,
    args
  )
  return r.rows
}

/** Variants with an observation since `since` (what an alert run looks at). */
export async function observedVariants(db: Knex, since: Date): Promise<{ variant_id: string; product_id: string; currency_code: string }[]> {
  const r = await db.raw(
    `select distinct variant_id, product_id, currency_code from finesse_pricing_observation where observed_at >= ? and deleted_at is null order by 1, 3`,
    [since]
  )
  return r.rows
}
