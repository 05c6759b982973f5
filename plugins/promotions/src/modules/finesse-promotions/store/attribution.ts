import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type CreditRow = {
  order_id: string
  customer_id: string | null
  channel: string
  campaign: string | null
  weight: number
  revenue: number
  margin: number
  new_customer: boolean
  placed_at: Date
}

const CHUNK = 2000

export async function insertCredits(db: Knex, runId: string, rows: CreditRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const p = rows.slice(i, i + CHUNK)
    await db.raw(
      `insert into finesse_promotion_order_attribution
         (id, run_id, order_id, customer_id, channel, campaign, weight, revenue, margin, new_customer, placed_at, created_at, updated_at)
       select v.id, ?, v.order_id, v.customer_id, v.channel, v.campaign, v.weight, v.revenue, v.margin, v.new_customer, v.placed_at, now(), now()
         from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::float8[], ?::int[], ?::int[], ?::bool[], ?::timestamptz[])
           as v(id, order_id, customer_id, channel, campaign, weight, revenue, margin, new_customer, placed_at)`,
      [
        runId,
        p.map(() => generateEntityId(undefined, "fpoa")),
        p.map((r) => r.order_id),
        p.map((r) => r.customer_id),
        p.map((r) => r.channel),
        p.map((r) => r.campaign),
        p.map((r) => r.weight),
        p.map((r) => r.revenue),
        p.map((r) => r.margin),
        p.map((r) => r.new_customer),
        p.map((r) => r.placed_at),
      ] as any
    )
  }
}

/** Keeps the credits of the latest `keep` runs of each model; older runs keep their totals only. */
export async function pruneCredits(db: Knex, keep = 1): Promise<number> {
  const r = await db.raw(
    `delete from finesse_promotion_order_attribution where run_id in (
       select id from (
         select id, row_number() over (partition by model order by computed_at desc, id desc) as n
           from finesse_promotion_attribution_run where deleted_at is null
       ) x where x.n > ?
     )`,
    [keep]
  )
  return r.rowCount ?? 0
}

/** Channel credits of one run, newest orders first (paged). */
export async function pageCredits(db: Knex, runId: string, f: { channel?: string; limit: number; offset: number }) {
  const where = [`run_id = ?`, `deleted_at is null`]
  const args: any[] = [runId]
  if (f.channel) {
    where.push(`channel = ?`)
    args.push(f.channel)
  }
  const [rows, count] = await Promise.all([
    db.raw(`select order_id, customer_id, channel, campaign, weight, revenue, margin, new_customer, placed_at from finesse_promotion_order_attribution where ${where.join(" and ")} order by placed_at desc, id limit ? offset ?`, [...args, f.limit, f.offset]),
    db.raw(`select count(*)::int as n from finesse_promotion_order_attribution where ${where.join(" and ")}`, args),
  ])
  return { rows: rows.rows, count: count.rows[0].n as number }
}
