import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type Db = Knex | Knex.Transaction

let seq = 0
/** Ids for rows written in bulk (the generated model methods are not used on these paths). */
export function bulkId(prefix: string): string {
  seq = (seq + 1) % 1_679_616
  return `${prefix}_${Date.now().toString(36)}${seq.toString(36).padStart(4, "0")}${Math.floor(Math.random() * 1_679_616).toString(36).padStart(4, "0")}`
}

/**
 * Inserts rows in one statement per `chunk` rows: they travel as one JSON parameter that Postgres turns into
 * typed records of the table (`json_populate_recordset`), far cheaper than thousands of bound parameters.
 * created_at/updated_at take their defaults.
 */
export async function insertJson(db: Db, table: string, cols: readonly string[], rows: Record<string, unknown>[], chunk = 5000) {
  const list = cols.map((c) => `"${c}"`).join(",")
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk).map((r) => Object.fromEntries(cols.map((c) => [c, r[c] === undefined ? null : r[c]])))
    await db.raw(`insert into ${table} (${list}) select ${list} from json_populate_recordset(null::${table}, ?::json)`, [JSON.stringify(part)])
  }
}

/** Offset paging answer of every list route. */
export type Paged<T> = { rows: T[]; count: number }

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v))
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v))
