import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkInsert, newIds, pgArray, type Column } from "./bulk"

export type ChangeInsert = {
  batch_id: string
  proposal_id: string | null
  variant_id: string
  product_id: string
  currency_code: string
  region_id: string | null
  old_price: number
  new_price: number
  price_list_id: string
  price_id: string | null
  previous_price_id: string | null
  previous_amount: number | null
  applied_by: string | null
  applied_at: Date
}

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "batch_id", type: "text" },
  { name: "proposal_id", type: "text" },
  { name: "variant_id", type: "text" },
  { name: "product_id", type: "text" },
  { name: "currency_code", type: "text" },
  { name: "region_id", type: "text" },
  { name: "old_price", type: "int" },
  { name: "new_price", type: "int" },
  { name: "price_list_id", type: "text" },
  { name: "price_id", type: "text" },
  { name: "previous_price_id", type: "text" },
  { name: "previous_amount", type: "int" },
  { name: "applied_by", type: "text" },
  { name: "applied_at", type: "timestamptz" },
]

export async function insertChanges(db: Knex, rows: readonly ChangeInsert[]): Promise<string[]> {
  const ids = newIds("fpchg", rows.length)
  await bulkInsert(
    db,
    "finesse_pricing_price_change",
    COLUMNS,
    rows.map((c, i) => [ids[i], c.batch_id, c.proposal_id, c.variant_id, c.product_id, c.currency_code, c.region_id, c.old_price, c.new_price, c.price_list_id, c.price_id, c.previous_price_id, c.previous_amount, c.applied_by, c.applied_at])
  )
  return ids
}

export async function deleteChanges(db: Knex, ids: string[]) {
  for (let i = 0; i < ids.length; i += 10_000) await db.raw(`delete from finesse_pricing_price_change where id = any(?::text[])`, [pgArray(ids.slice(i, i + 10_000))])
}

export type StoredChange = ChangeInsert & { id: string; status: "applied" | "rolled_back"; rolled_back_at: Date | null; rolled_back_by: string | null }

export async function changesOfBatch(db: Knex, batchId: string, status?: "applied" | "rolled_back"): Promise<StoredChange[]> {
  const r = await db.raw(
    `select * from finesse_pricing_price_change where batch_id = ? and deleted_at is null ${status ? "and status = ?" : ""} order by variant_id, currency_code`,
    status ? [batchId, status] : [batchId]
  )
  return r.rows
}

/**
 * Changes applied by later batches, still in force, to the same prices as `batchId`'s: rolling `batchId` back
 * would overwrite them, so those batches must be rolled back first.
 */
export async function laterChangesOver(db: Knex, batchId: string): Promise<{ batch_id: string; n: number }[]> {
  const r = await db.raw(
    `select l.batch_id, count(*)::int n
     from finesse_pricing_price_change c
     join finesse_pricing_price_change l on l.variant_id = c.variant_id and l.currency_code = c.currency_code
       and coalesce(l.region_id, '') = coalesce(c.region_id, '') and l.applied_at > c.applied_at and l.batch_id <> c.batch_id
       and l.status = 'applied' and l.deleted_at is null
     where c.batch_id = ? and c.status = 'applied' and c.deleted_at is null
     group by l.batch_id order by l.batch_id`,
    [batchId]
  )
  return r.rows
}

export async function markChanges(db: Knex, ids: string[], status: "applied" | "rolled_back", by: string | null, at: Date | null) {
  for (let i = 0; i < ids.length; i += 10_000) {
    await db.raw(
      `update finesse_pricing_price_change set status = ?, rolled_back_by = ?, rolled_back_at = ?, updated_at = now() where id = any(?::text[])`,
      [status, status === "rolled_back" ? by : null, status === "rolled_back" ? at : null, pgArray(ids.slice(i, i + 10_000))]
    )
  }
}

/** When each variant's price (per currency and region) was last changed by a change still in force, epoch ms by `variant|currency|region`. */
export async function lastChangedAt(db: Knex, variantIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>()
  for (let i = 0; i < variantIds.length; i += 10_000) {
    const r = await db.raw(
      `select variant_id, currency_code, coalesce(region_id, '') region_id, max(applied_at) at from finesse_pricing_price_change
       where variant_id = any(?::text[]) and status = 'applied' and deleted_at is null group by 1, 2, 3`,
      [pgArray(variantIds.slice(i, i + 10_000))]
    )
    for (const x of r.rows) out.set(`${x.variant_id}|${x.currency_code}|${x.region_id}`, new Date(x.at).getTime())
  }
  return out
}

/** Our own price changes of some variants (for price-war detection and the price-history chart), oldest first. */
export async function changesOfVariants(db: Knex, variantIds: readonly string[], since: Date | null = null): Promise<StoredChange[]> {
  const out: StoredChange[] = []
  for (let i = 0; i < variantIds.length; i += 10_000) {
    const r = await db.raw(
      `select * from finesse_pricing_price_change where variant_id = any(?::text[]) and deleted_at is null ${since ? "and (applied_at >= ? or rolled_back_at >= ?)" : ""} order by applied_at, id`,
      since ? [pgArray(variantIds.slice(i, i + 10_000)), since, since] : [pgArray(variantIds.slice(i, i + 10_000))]
    )
    out.push(...r.rows)
  }
  return out
}
