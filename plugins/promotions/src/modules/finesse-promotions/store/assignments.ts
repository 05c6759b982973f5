import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

const CHUNK = 2000

/**
 * Stores assignments; a customer already assigned in the experiment keeps their arm (the hash gives the same arm
 * anyway, and an assignment is the record of what the customer saw). Returns how many rows were new.
 */
export async function insertAssignments(db: Knex, experimentId: string, rows: { customer_id: string; arm: string }[], at: Date): Promise<number> {
  let inserted = 0
  for (let i = 0; i < rows.length; i += CHUNK) {
    const part = rows.slice(i, i + CHUNK)
    const r = await db.raw(
      `insert into finesse_promotion_assignment (id, experiment_id, customer_id, arm, assigned_at, created_at, updated_at)
       select v.id, ?, v.customer_id, v.arm, ?, now(), now()
         from unnest(?::text[], ?::text[], ?::text[]) as v(id, customer_id, arm)
       on conflict (experiment_id, customer_id) where deleted_at is null do nothing`,
      [experimentId, at, part.map(() => generateEntityId(undefined, "fpasg")), part.map((p) => p.customer_id), part.map((p) => p.arm)]
    )
    inserted += r.rowCount ?? 0
  }
  return inserted
}

/** Customer ids of an experiment per arm. */
export async function assignmentsByArm(db: Knex, experimentId: string): Promise<Map<string, string[]>> {
  const r = await db.raw(
    `select arm, customer_id from finesse_promotion_assignment where experiment_id = ? and deleted_at is null order by customer_id`,
    [experimentId]
  )
  const out = new Map<string, string[]>()
  for (const row of r.rows as { arm: string; customer_id: string }[]) {
    let list = out.get(row.arm)
    if (!list) out.set(row.arm, (list = []))
    list.push(row.customer_id)
  }
  return out
}

export async function deleteAssignments(db: Knex, experimentId: string, customerIds: string[]): Promise<number> {
  if (!customerIds.length) return 0
  const r = await db.raw(`delete from finesse_promotion_assignment where experiment_id = ? and customer_id = any(?::text[])`, [experimentId, customerIds])
  return r.rowCount ?? 0
}
