import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type Member = { customer_id: string; entered_at: Date; score: number | null }

/** Current members of a segment. */
export async function membersOf(db: Knex, segmentId: string): Promise<Map<string, Member>> {
  const r = await db.raw(
    `select customer_id, entered_at, score from finesse_persona_segment_member where segment_id = ? and deleted_at is null`,
    [segmentId]
  )
  return new Map(r.rows.map((m: Member) => [m.customer_id, m]))
}

/** Segment ids a customer is in. */
export async function segmentIdsOf(db: Knex, customerId: string): Promise<Set<string>> {
  const r = await db.raw(
    `select segment_id from finesse_persona_segment_member where customer_id = ? and deleted_at is null`,
    [customerId]
  )
  return new Set(r.rows.map((x: { segment_id: string }) => x.segment_id))
}

export async function segmentIdsOfMany(db: Knex, customerIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(customerIds.map((id) => [id, new Set<string>()]))
  if (!customerIds.length) return out
  const r = await db.raw(
    `select customer_id, segment_id from finesse_persona_segment_member where customer_id = any(?) and deleted_at is null`,
    [customerIds as string[]]
  )
  for (const x of r.rows as { customer_id: string; segment_id: string }[]) out.get(x.customer_id)?.add(x.segment_id)
  return out
}

/**
 * Applies a membership change: `enter` rows are added (or their score refreshed), `leave` customers removed, and
 * the segment's member count and evaluation time updated, in one transaction.
 */
export async function applyMembership(
  db: Knex,
  segmentId: string,
  change: { enter: { customer_id: string; score: number | null }[]; leave: string[]; scores?: { customer_id: string; score: number | null }[] },
  evaluatedAt: Date | null
) {
  await db.transaction(async (trx) => {
    const now = new Date()
    for (let i = 0; i < change.enter.length; i += 5000) {
      const rows = change.enter.slice(i, i + 5000).map((m) => ({
        id: generateEntityId(undefined, "fpsm"),
        segment_id: segmentId,
        customer_id: m.customer_id,
        entered_at: now.toISOString(),
        score: m.score,
      }))
      await trx.raw(
        `insert into finesse_persona_segment_member (id, segment_id, customer_id, entered_at, score, created_at, updated_at)
         select x.id, x.segment_id, x.customer_id, x.entered_at, x.score, now(), now()
           from jsonb_to_recordset(?::jsonb) as x(id text, segment_id text, customer_id text, entered_at timestamptz, score real)
         on conflict (segment_id, customer_id) where deleted_at is null do update set score = excluded.score, updated_at = now()`,
        [JSON.stringify(rows)]
      )
    }
    for (let i = 0; i < change.leave.length; i += 5000) {
      await trx.raw(`delete from finesse_persona_segment_member where segment_id = ? and customer_id = any(?)`, [
        segmentId,
        change.leave.slice(i, i + 5000),
      ])
    }
    const scores = change.scores ?? []
    for (let i = 0; i < scores.length; i += 5000) {
      await trx.raw(
        `update finesse_persona_segment_member m set score = x.score, updated_at = now()
           from jsonb_to_recordset(?::jsonb) as x(customer_id text, score real)
          where m.segment_id = ? and m.customer_id = x.customer_id and m.score is distinct from x.score`,
        [JSON.stringify(scores.slice(i, i + 5000)), segmentId]
      )
    }
    await trx.raw(
      `update finesse_persona_segment set
         member_count = (select count(*) from finesse_persona_segment_member where segment_id = ? and deleted_at is null),
         evaluated_at = coalesce(?, evaluated_at), updated_at = now()
       where id = ?`,
      [segmentId, evaluatedAt, segmentId]
    )
  })
}

/**
 * A few customers entering or leaving one segment (the incremental update after an order): one statement, so the
 * insert, the delete and the member count move together without a multi-round-trip transaction.
 */
export async function applyMembershipChange(
  db: Knex,
  segmentId: string,
  enter: { customer_id: string; score: number | null }[],
  leave: string[]
) {
  const rows = enter.map((m) => ({
    id: generateEntityId(undefined, "fpsm"),
    customer_id: m.customer_id,
    score: m.score,
  }))
  await db.raw(
    `with ins as (
       insert into finesse_persona_segment_member (id, segment_id, customer_id, entered_at, score, created_at, updated_at)
       select x.id, ?, x.customer_id, now(), x.score, now(), now()
         from jsonb_to_recordset(?::jsonb) as x(id text, customer_id text, score real)
       on conflict (segment_id, customer_id) where deleted_at is null do nothing
       returning 1),
     del as (delete from finesse_persona_segment_member where segment_id = ? and customer_id = any(?) returning 1)
     update finesse_persona_segment
        set member_count = greatest(0, member_count + (select count(*) from ins) - (select count(*) from del)), updated_at = now()
      where id = ?`,
    [segmentId, JSON.stringify(rows), segmentId, leave, segmentId]
  )
}

/** Members with their profile basics for the admin list (newest first). */
export async function pageMembers(db: Knex, segmentId: string, limit: number, offset: number) {
  const [rows, count] = await Promise.all([
    db.raw(
      `select m.customer_id, m.entered_at, m.score, c.email, c.first_name, c.last_name,
              p.persona_name, p.rfm_segment, p.monetary, p.order_count, p.churn_risk
         from finesse_persona_segment_member m
         left join customer c on c.id = m.customer_id
         left join finesse_persona_profile p on p.id = m.customer_id
        where m.segment_id = ? and m.deleted_at is null
        order by m.entered_at desc, m.customer_id limit ? offset ?`,
      [segmentId, limit, offset]
    ),
    db.raw(`select count(*)::int n from finesse_persona_segment_member where segment_id = ? and deleted_at is null`, [segmentId]),
  ])
  return { members: rows.rows, count: count.rows[0].n as number }
}
