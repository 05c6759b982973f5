import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type InvalidationScope = "product" | "price" | "stock" | "all" | "rules" | "model"

export async function recordInvalidation(db: Knex, scope: InvalidationScope, productIds: string[] | null) {
  await db.raw(
    `insert into finesse_rec_cache_invalidation (id, scope, product_ids, created_at, updated_at) values (?, ?, ?::jsonb, clock_timestamp(), clock_timestamp())`,
    [generateEntityId(undefined, "frinv"), scope, productIds ? JSON.stringify(productIds) : null]
  )
}

/** Invalidations recorded after `since` (with an overlap the caller de-duplicates by id), oldest first. */
export async function invalidationsSince(db: Knex, since: Date) {
  const r = await db.raw(
    `select id, scope, product_ids, created_at from finesse_rec_cache_invalidation where created_at > ? order by created_at limit 5000`,
    [since]
  )
  return r.rows as { id: string; scope: InvalidationScope; product_ids: string[] | null; created_at: Date }[]
}

export async function pruneInvalidations(db: Knex, before: Date) {
  await db.raw(`delete from finesse_rec_cache_invalidation where created_at < ?`, [before])
}
