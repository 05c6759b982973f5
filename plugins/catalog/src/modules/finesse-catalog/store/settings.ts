import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkId } from "./bulk"

export async function getSetting<T>(db: Knex, key: string): Promise<T | null> {
  const r = await db.raw(`select value from finesse_catalog_setting where key = ? and deleted_at is null`, [key])
  return (r.rows[0]?.value as T) ?? null
}

export async function setSetting(db: Knex, key: string, value: unknown, by: string | null = null) {
  await db.raw(
    `insert into finesse_catalog_setting (id, key, value, updated_by) values (?, ?, ?::jsonb, ?)
     on conflict (key) where deleted_at is null do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()`,
    [bulkId("fcset"), key, JSON.stringify(value), by]
  )
}
