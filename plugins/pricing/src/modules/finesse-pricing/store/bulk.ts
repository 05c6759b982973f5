import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

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

export const newId = (prefix: string) => generateEntityId(undefined, prefix)
