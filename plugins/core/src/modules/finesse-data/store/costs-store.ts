import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { CostRow } from "../types"

/** Inserts or replaces variant costs (one per variant and currency). */
export async function upsertCosts(db: Knex, rows: CostRow[], chunk = 1000): Promise<number> {
  let n = 0
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    await db.raw(
      `insert into finesse_variant_cost (id, variant_id, currency_code, amount, source, updated_by)
       values ${part.map(() => "(?, ?, ?, ?, ?, ?)").join(",")}
       on conflict (variant_id, currency_code) where deleted_at is null
       do update set amount = excluded.amount, source = excluded.source, updated_by = excluded.updated_by,
         updated_at = now()`,
      part.flatMap((r) => [
        generateEntityId("", "fvc"),
        r.variant_id,
        r.currency_code.toLowerCase(),
        r.amount,
        r.source ?? "manual",
        r.updated_by ?? null,
      ])
    )
    n += part.length
  }
  return n
}

/** variant id → currency → unit cost (minor units). */
export async function loadCosts(db: Knex, variantIds: string[]): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>()
  const unique = [...new Set(variantIds.filter(Boolean))]
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db("finesse_variant_cost")
      .select("variant_id", "currency_code", "amount")
      .whereIn("variant_id", unique.slice(i, i + 5000))
      .whereNull("deleted_at")
    for (const r of rows as { variant_id: string; currency_code: string; amount: number }[]) {
      if (!out.has(r.variant_id)) out.set(r.variant_id, new Map())
      out.get(r.variant_id)!.set(r.currency_code, r.amount)
    }
  }
  return out
}
