import { randomBytes } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type ColumnType = "text" | "int" | "float8" | "bool" | "timestamptz" | "jsonb"
export type Column = { name: string; type: ColumnType }

/**
 * A Postgres array literal (`{"a","b",NULL}`) for one `?::text[]` binding: a whole column of a bulk insert travels
 * as one parameter, so 100,000 rows are one statement instead of 2.5 million bindings (Postgres allows 65,535).
 */
export function pgArray(values: readonly unknown[]): string {
  let s = "{"
  for (let i = 0; i < values.length; i++) {
    if (i) s += ","
    const v = values[i]
    if (v === null || v === undefined) s += "NULL"
    else {
      const t = typeof v === "string" ? v : v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v)
      s += `"${t.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
    }
  }
  return s + "}"
}

/** Inserts rows (arrays in column order) with `insert … select from unnest(…)`; `tail` is an ON CONFLICT / RETURNING clause. */
export async function bulkInsert(db: Knex, table: string, columns: readonly Column[], rows: readonly unknown[][], tail = "", chunk = 20_000) {
  const out: any[] = []
  let count = 0
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk)
    const bindings = columns.map((_, j) => pgArray(part.map((r) => r[j])))
    const casts = columns.map((c) => `?::${c.type === "jsonb" ? "text" : c.type}[]`).join(", ")
    const select = columns.map((c, j) => (c.type === "jsonb" ? `u${j}::jsonb` : `u${j}`)).join(", ")
    const sql = `insert into "${table}" (${columns.map((c) => `"${c.name}"`).join(", ")})
      select ${select} from unnest(${casts}) as u(${columns.map((_, j) => `u${j}`).join(", ")}) ${tail}`
    const r = await db.raw(sql, bindings)
    count += r.rowCount ?? 0
    if (r.rows?.length) out.push(...r.rows)
  }
  return { count, rows: out }
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

/**
 * `n` ids in Medusa's shape (`prefix_` + a 26-character ULID: 48 bits of time, 80 random bits, Crockford base32).
 * Medusa's generateEntityId draws the randomness byte by byte and costs ~0.1 ms an id, which is the whole budget of
 * a 5,000-row ingest batch; here one randomBytes call serves the batch. Sortable by time across batches (not within
 * a millisecond), unique by their 80 random bits.
 */
export function newIds(prefix: string, n: number, now = Date.now()): string[] {
  let t = ""
  for (let i = 9, ms = now; i >= 0; i--, ms = Math.floor(ms / 32)) t = CROCKFORD[ms % 32] + t
  const bytes = randomBytes(n * 16)
  const out = new Array<string>(n)
  for (let i = 0; i < n; i++) {
    let s = `${prefix}_${t}`
    for (let j = i * 16, end = j + 16; j < end; j++) s += CROCKFORD[bytes[j] & 31]
    out[i] = s
  }
  return out
}

export const newId = (prefix: string) => newIds(prefix, 1)[0]
