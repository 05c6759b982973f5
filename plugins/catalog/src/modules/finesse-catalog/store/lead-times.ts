import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Paged, bulkId, num, numOrNull } from "./bulk"

export type LeadTimeInput = {
  variant_id: string
  location_id?: string | null
  sku?: string | null
  supplier?: string | null
  lead_time_days: number
  lead_time_sd_days?: number | null
  pack_size?: number | null
  moq?: number | null
  order_cost?: number | null
  currency_code?: string | null
  source: "manual" | "import" | "seed"
  updated_by?: string | null
}

export type LeadTimeRow = LeadTimeInput & { id: string; location_name?: string | null; title?: string | null; created_at: Date; updated_at: Date }

function row(r: any): LeadTimeRow {
  return { ...r, lead_time_days: num(r.lead_time_days), lead_time_sd_days: numOrNull(r.lead_time_sd_days), pack_size: numOrNull(r.pack_size), moq: numOrNull(r.moq), order_cost: numOrNull(r.order_cost) }
}

/**
 * Inserts or replaces terms, one per (variant, location; null = every location). Returns the rows as stored and
 * what each replaced (for the audit entry and a workflow's compensation).
 */
export async function upsertLeadTimes(db: Knex, rows: LeadTimeInput[]): Promise<{ rows: LeadTimeRow[]; replaced: LeadTimeRow[] }> {
  if (!rows.length) return { rows: [], replaced: [] }
  return db.transaction(async (trx) => {
    const keys = rows.map((r) => ({ variant_id: r.variant_id, location_id: r.location_id ?? "" }))
    const existing = await trx.raw(
      `select l.* from finesse_catalog_lead_time l join json_to_recordset(?::json) k(variant_id text, location_id text)
          on k.variant_id = l.variant_id and k.location_id = coalesce(l.location_id, '') where l.deleted_at is null for update`,
      [JSON.stringify(keys)]
    )
    const replaced = existing.rows.map(row)
    if (replaced.length) await trx.raw(`delete from finesse_catalog_lead_time where id = any(?)`, [replaced.map((r: LeadTimeRow) => r.id)])
    const stored = rows.map((r) => ({
      id: bulkId("fclt"),
      variant_id: r.variant_id,
      location_id: r.location_id ?? null,
      sku: r.sku ?? null,
      supplier: r.supplier ?? null,
      lead_time_days: r.lead_time_days,
      lead_time_sd_days: r.lead_time_sd_days ?? null,
      pack_size: r.pack_size ?? null,
      moq: r.moq ?? null,
      order_cost: r.order_cost ?? null,
      currency_code: r.currency_code ?? null,
      source: r.source,
      updated_by: r.updated_by ?? null,
    }))
    const cols = Object.keys(stored[0])
    for (let i = 0; i < stored.length; i += 5000) {
      await trx.raw(`insert into finesse_catalog_lead_time (${cols.join(",")}) select ${cols.join(",")} from json_populate_recordset(null::finesse_catalog_lead_time, ?::json)`, [JSON.stringify(stored.slice(i, i + 5000))])
    }
    const out = await trx.raw(`select * from finesse_catalog_lead_time where id = any(?)`, [stored.map((s) => s.id)])
    return { rows: out.rows.map(row), replaced }
  })
}

export async function deleteLeadTimes(db: Knex, ids: string[]): Promise<LeadTimeRow[]> {
  const r = await db.raw(`delete from finesse_catalog_lead_time where id = any(?) returning *`, [ids])
  return r.rows.map(row)
}

/** Puts rows back as they were (compensation of an upsert or a delete). */
export async function restoreLeadTimes(db: Knex, remove: string[], restore: LeadTimeRow[]) {
  await db.transaction(async (trx) => {
    if (remove.length) await trx.raw(`delete from finesse_catalog_lead_time where id = any(?)`, [remove])
    if (restore.length) {
      const cols = ["id", "variant_id", "location_id", "sku", "supplier", "lead_time_days", "lead_time_sd_days", "pack_size", "moq", "order_cost", "currency_code", "source", "updated_by", "created_at"]
      await trx.raw(`insert into finesse_catalog_lead_time (${cols.join(",")}) select ${cols.join(",")} from json_populate_recordset(null::finesse_catalog_lead_time, ?::json) on conflict (id) do nothing`, [JSON.stringify(restore)])
    }
  })
}

export type LeadTimeQuery = { limit: number; offset: number; q?: string; supplier?: string; variant_id?: string }

export async function listLeadTimes(db: Knex, q: LeadTimeQuery): Promise<Paged<LeadTimeRow>> {
  const cond = ["l.deleted_at is null"]
  const binds: any[] = []
  if (q.supplier) (cond.push("l.supplier = ?"), binds.push(q.supplier))
  if (q.variant_id) (cond.push("l.variant_id = ?"), binds.push(q.variant_id))
  if (q.q) (cond.push("(l.sku ilike ? or l.supplier ilike ? or p.title ilike ?)"), binds.push(`%${q.q}%`, `%${q.q}%`, `%${q.q}%`))
  const from = `finesse_catalog_lead_time l left join product_variant pv on pv.id = l.variant_id left join product p on p.id = pv.product_id left join stock_location sl on sl.id = l.location_id`
  const w = cond.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(`select l.*, coalesce(l.sku, pv.sku) sku, coalesce(p.title || ' · ' || pv.title, pv.title) title, sl.name location_name from ${from} where ${w} order by l.supplier nulls last, coalesce(l.sku, pv.sku), l.location_id nulls first limit ? offset ?`, [...binds, q.limit, q.offset]),
    db.raw(`select count(*)::int n from ${from} where ${w}`, binds),
  ])
  return { rows: rows.rows.map(row), count: count.rows[0].n }
}

/** Every stored term by variant (the replenishment job's lookup). */
export async function allLeadTimes(db: Knex): Promise<LeadTimeRow[]> {
  const r = await db.raw(`select * from finesse_catalog_lead_time where deleted_at is null`)
  return r.rows.map(row)
}
