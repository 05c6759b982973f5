import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export async function getSettingValues(db: Knex, keys?: string[]): Promise<Record<string, unknown>> {
  const r = keys
    ? await db.raw(`select key, value from finesse_rec_setting where key = any(?) and deleted_at is null`, [keys])
    : await db.raw(`select key, value from finesse_rec_setting where deleted_at is null`)
  return Object.fromEntries(r.rows.map((x: { key: string; value: unknown }) => [x.key, x.value]))
}

/** Upserts settings; returns the previous values (null when absent) for compensation. */
export async function setSettingValues(db: Knex, values: Record<string, unknown>): Promise<Record<string, unknown>> {
  const previous = await getSettingValues(db, Object.keys(values))
  for (const [key, value] of Object.entries(values)) {
    if (value === null) {
      await db.raw(`delete from finesse_rec_setting where key = ?`, [key])
      continue
    }
    await db.raw(
      `insert into finesse_rec_setting (id, key, value, created_at, updated_at) values (?, ?, ?::jsonb, now(), now())
       on conflict (key) where deleted_at is null do update set value = excluded.value, updated_at = now()`,
      [generateEntityId(undefined, "frset"), key, JSON.stringify(value)]
    )
  }
  return Object.fromEntries(Object.keys(values).map((k) => [k, previous[k] ?? null]))
}
