import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { Paged, insertJson, num } from "./bulk"

export const SCORE_COLS = ["id", "product_id", "title", "status", "thumbnail", "score", "failed_rules", "importance", "results", "run_id", "computed_at"] as const
export const TODO_COLS = ["id", "product_id", "title", "code", "label", "message", "fix", "gain", "priority", "rank", "run_id"] as const

/** Replaces every score and to-do row in one transaction. */
export async function replaceQuality(db: Knex, scores: Record<string, unknown>[], todos: Record<string, unknown>[]) {
  await db.transaction(async (trx) => {
    await trx.raw(`delete from finesse_catalog_quality_todo`)
    await trx.raw(`delete from finesse_catalog_quality_score`)
    await insertJson(trx, "finesse_catalog_quality_score", SCORE_COLS, scores, 2000)
    await insertJson(trx, "finesse_catalog_quality_todo", TODO_COLS, todos)
  })
}

export type TodoQuery = { limit: number; offset: number; code?: string; product_id?: string; q?: string }

export async function listTodo(db: Knex, q: TodoQuery): Promise<Paged<any>> {
  const cond = ["t.deleted_at is null"]
  const binds: any[] = []
  if (q.code) (cond.push("t.code = ?"), binds.push(q.code))
  if (q.product_id) (cond.push("t.product_id = ?"), binds.push(q.product_id))
  if (q.q) (cond.push("t.title ilike ?"), binds.push(`%${q.q}%`))
  const w = cond.join(" and ")
  const [rows, count] = await Promise.all([
    db.raw(
      `select t.id, t.product_id, t.title, t.code, t.label, t.message, t.fix, t.gain, t.priority, t.rank, s.score, s.thumbnail, s.importance
         from finesse_catalog_quality_todo t left join finesse_catalog_quality_score s on s.product_id = t.product_id and s.deleted_at is null
        where ${w} order by t.rank limit ? offset ?`,
      [...binds, q.limit, q.offset]
    ),
    db.raw(`select count(*)::int n from finesse_catalog_quality_todo t where ${w}`, binds),
  ])
  return { rows: rows.rows.map((r: any) => ({ ...r, gain: num(r.gain), priority: num(r.priority), score: r.score === null ? null : num(r.score), importance: num(r.importance) })), count: count.rows[0].n }
}

export async function qualityOf(db: Knex, productId: string) {
  const r = await db.raw(`select * from finesse_catalog_quality_score where product_id = ? and deleted_at is null`, [productId])
  const row = r.rows[0]
  if (!row) return null
  const rank = await db.raw(`select count(*)::int n from finesse_catalog_quality_score where score < ? and deleted_at is null`, [row.score])
  const total = await db.raw(`select count(*)::int n from finesse_catalog_quality_score where deleted_at is null`)
  return { ...row, score: num(row.score), importance: num(row.importance), percentile: total.rows[0].n ? rank.rows[0].n / total.rows[0].n : null }
}

export async function qualitySummary(db: Knex) {
  const r = await db.raw(
    `select count(*)::int products, coalesce(avg(score), 0)::float average_score, count(*) filter (where score < 70)::int below_70,
            count(*) filter (where score >= 90)::int above_90, max(computed_at) computed_at, max(run_id) run_id
       from finesse_catalog_quality_score where deleted_at is null`
  )
  const bands = await db.raw(
    `select least(9, floor(score / 10))::int band, count(*)::int products from finesse_catalog_quality_score where deleted_at is null group by 1 order by 1`
  )
  const rules = await db.raw(
    `select code, max(label) label, count(*)::int products, sum(gain)::float gain from finesse_catalog_quality_todo where deleted_at is null group by code order by sum(priority) desc`
  )
  const x = r.rows[0]
  return {
    products: x.products,
    average_score: Math.round(num(x.average_score) * 10) / 10,
    below_70: x.below_70,
    above_90: x.above_90,
    computed_at: x.computed_at,
    run_id: x.run_id,
    distribution: Array.from({ length: 10 }, (_, b) => ({ from: b * 10, to: b * 10 + 10, products: bands.rows.find((r: any) => r.band === b)?.products ?? 0 })),
    rules: rules.rows.map((r: any) => ({ code: r.code, label: r.label, products: r.products, gain: Math.round(num(r.gain) * 10) / 10 })),
  }
}
