import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { bulkInsert, newIds, pgArray, type Column } from "./bulk"

/** A proposal as stored (money in minor units). */
export type ProposalInsert = {
  variant_id: string
  product_id: string
  currency_code: string
  region_id: string | null
  old_price: number
  new_price: number
  strategy_price: number | null
  strategy: string | null
  assignment_id: string | null
  reason: string
  status: string
  violations: unknown[]
  adjustments: unknown[]
  step_pct: number
  floor: number | null
  ceiling: number | null
  cost: number | null
  expected: unknown
}

const COLUMNS: Column[] = [
  { name: "id", type: "text" },
  { name: "batch_id", type: "text" },
  { name: "variant_id", type: "text" },
  { name: "product_id", type: "text" },
  { name: "currency_code", type: "text" },
  { name: "region_id", type: "text" },
  { name: "old_price", type: "int" },
  { name: "new_price", type: "int" },
  { name: "strategy_price", type: "int" },
  { name: "strategy", type: "text" },
  { name: "assignment_id", type: "text" },
  { name: "reason", type: "text" },
  { name: "status", type: "text" },
  { name: "violations", type: "jsonb" },
  { name: "adjustments", type: "jsonb" },
  { name: "step_pct", type: "float8" },
  { name: "floor", type: "int" },
  { name: "ceiling", type: "int" },
  { name: "cost", type: "int" },
  { name: "expected", type: "jsonb" },
]

/** Writes a run's proposals in bulk (a retried run first deletes what its earlier attempt wrote). */
export async function insertProposals(db: Knex, batchId: string, rows: readonly ProposalInsert[]): Promise<number> {
  await db.raw(`delete from finesse_pricing_proposal where batch_id = ?`, [batchId])
  const ids = newIds("fpprop", rows.length)
  const values = rows.map((p, i) => [
    ids[i],
    batchId,
    p.variant_id,
    p.product_id,
    p.currency_code,
    p.region_id,
    p.old_price,
    p.new_price,
    p.strategy_price,
    p.strategy,
    p.assignment_id,
    p.reason,
    p.status,
    p.violations,
    p.adjustments,
    p.step_pct,
    p.floor,
    p.ceiling,
    p.cost,
    p.expected,
  ])
  return (await bulkInsert(db, "finesse_pricing_proposal", COLUMNS, values)).count
}

export type StoredProposal = ProposalInsert & { id: string; batch_id: string; decided_by: string | null; decided_at: Date | null }

/**
 * Approves or rejects pending proposals of a batch (all of them when `ids` is null). Only pending proposals change:
 * a blocked one cannot be approved, a decided one is not decided again. Returns the changed rows.
 */
export async function decideProposals(
  db: Knex,
  batchId: string,
  ids: string[] | null,
  decision: "approved" | "rejected",
  by: string | null,
  note: string | null
): Promise<{ id: string; previous: string }[]> {
  const r = await db.raw(
    `update finesse_pricing_proposal p set status = ?, decided_by = ?, decided_at = now(), decision_note = ?, updated_at = now()
     where p.batch_id = ? and p.status = 'pending' and p.deleted_at is null ${ids ? "and p.id = any(?::text[])" : ""}
     returning p.id`,
    ids ? [decision, by, note, batchId, pgArray(ids)] : [decision, by, note, batchId]
  )
  return r.rows.map((x: { id: string }) => ({ id: x.id, previous: "pending" }))
}

/** Puts proposals back to a status (a decision's compensation). */
export async function restoreProposalStatus(db: Knex, rows: { id: string; previous: string }[]) {
  for (const r of rows) {
    await db.raw(`update finesse_pricing_proposal set status = ?, decided_by = null, decided_at = null, decision_note = null, updated_at = now() where id = ?`, [r.previous, r.id])
  }
}

export type ApplicableProposal = Pick<StoredProposal, "id" | "variant_id" | "product_id" | "currency_code" | "region_id" | "old_price" | "new_price" | "step_pct" | "status">

/** What applying the batch now would write: approved and auto-approved proposals. */
export async function applicableProposals(db: Knex, batchId: string): Promise<ApplicableProposal[]> {
  const r = await db.raw(
    `select id, variant_id, product_id, currency_code, region_id, old_price, new_price, step_pct, status
     from finesse_pricing_proposal where batch_id = ? and status in ('approved', 'auto_approved') and deleted_at is null
     order by variant_id, currency_code, region_id nulls first`,
    [batchId]
  )
  return r.rows
}

/** Largest |step| among the proposals applying the batch would write, percent. */
export async function maxApplicableStep(db: Knex, batchId: string): Promise<number> {
  const r = await db.raw(
    `select coalesce(max(abs(step_pct)), 0)::float8 m from finesse_pricing_proposal
     where batch_id = ? and status in ('approved', 'auto_approved') and deleted_at is null`,
    [batchId]
  )
  return Number(r.rows[0].m)
}

export async function countProposalsByStatus(db: Knex, batchId: string): Promise<Record<string, number>> {
  const r = await db.raw(
    `select status, count(*)::int n from finesse_pricing_proposal where batch_id = ? and deleted_at is null group by status`,
    [batchId]
  )
  return Object.fromEntries(r.rows.map((x: { status: string; n: number }) => [x.status, x.n]))
}

/** Sets the final status of a batch's proposals after an application (applied / stale / expired) or a rollback. */
export async function setProposalStatuses(db: Knex, updates: { ids: string[]; status: string }[]) {
  for (const u of updates) {
    for (let i = 0; i < u.ids.length; i += 10_000) {
      const part = u.ids.slice(i, i + 10_000)
      await db.raw(`update finesse_pricing_proposal set status = ?, updated_at = now() where id = any(?::text[])`, [u.status, pgArray(part)])
    }
  }
}

/** Proposals still pending when their batch was applied: they can no longer be applied. */
export async function expirePending(db: Knex, batchId: string): Promise<string[]> {
  const r = await db.raw(`update finesse_pricing_proposal set status = 'expired', updated_at = now() where batch_id = ? and status = 'pending' returning id`, [batchId])
  return r.rows.map((x: { id: string }) => x.id)
}
