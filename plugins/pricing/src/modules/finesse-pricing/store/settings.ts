import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { newId } from "./bulk"

export async function getSetting<T = unknown>(db: Knex, key: string): Promise<T | null> {
  const r = await db.raw(`select value from finesse_pricing_setting where key = ? and deleted_at is null`, [key])
  return (r.rows[0]?.value as T) ?? null
}

export async function putSetting(db: Knex, key: string, value: unknown, by: string | null) {
  await db.raw(
    `insert into finesse_pricing_setting (id, key, value, updated_by) values (?, ?, ?::jsonb, ?)
     on conflict (key) where deleted_at is null do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now()`,
    [newId("fpset"), key, JSON.stringify(value), by]
  )
}

/** Stores the value unless the key exists; returns the value in force (ours or the one another writer stored first). */
export async function putSettingIfAbsent<T>(db: Knex, key: string, value: T): Promise<{ value: T; inserted: boolean }> {
  const r = await db.raw(
    `insert into finesse_pricing_setting (id, key, value) values (?, ?, ?::jsonb)
     on conflict (key) where deleted_at is null do nothing returning value`,
    [newId("fpset"), key, JSON.stringify(value)]
  )
  if (r.rows.length) return { value, inserted: true }
  return { value: (await getSetting<T>(db, key)) as T, inserted: false }
}
