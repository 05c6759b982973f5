import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ProfileRow } from "../../../lib/recompute/profile-row"

import { PROFILE_COLUMNS as COLUMNS, PROFILE_TIME_COLUMNS as TIME_COLUMNS, profilesToRecordJson } from "./profile-columns"

/** The columns a rule or the admin reads (everything but bookkeeping). */
export const PROFILE_SELECT = COLUMNS.map(([c]) => c).join(", ")

/**
 * Inserts or replaces profiles in chunks (one statement per chunk through jsonb_to_recordset: a 100,000-row
 * recompute writes in seconds). Survey answers are kept when `keepSurveyAnswers` (a recompute never knows them).
 */
export async function upsertProfiles(
  db: Knex,
  rows: readonly ProfileRow[],
  opts: { keepSurveyAnswers: boolean; chunk?: number; onlyMissing?: boolean }
) {
  const chunk = opts.chunk ?? 2000
  for (let i = 0; i < rows.length; i += chunk) {
    await upsertProfileJson(db, profilesToRecordJson(rows.slice(i, i + chunk)), opts)
  }
}

/**
 * One upsert statement for rows already serialised by profilesToRecordJson (the recompute's worker does that). Run as
 * a named prepared statement: planning this 37-column insert costs more than executing it for one row, and the
 * incremental update after every order runs it again and again on the same pooled connections.
 */
export async function upsertProfileJson(db: Knex, json: string, opts: { keepSurveyAnswers: boolean; onlyMissing?: boolean }) {
  const names = COLUMNS.map(([c]) => c)
  const typed = COLUMNS.map(([c, t]) => `${c} ${t}`).join(", ")
  const updates = names
    .filter((c) => c !== "customer_id" && !(opts.keepSurveyAnswers && c === "survey_answers"))
    .map((c) => `${c} = excluded.${c}`)
    .join(", ")
  const text = `insert into finesse_persona_profile (id, ${names.join(", ")}, created_at, updated_at)
     select x.customer_id, ${names.map((c) => `x.${c}`).join(", ")}, now(), now()
       from jsonb_to_recordset($1::jsonb) as x(${typed})
     on conflict (id) do ${opts.onlyMissing ? "nothing" : `update set ${updates}, updated_at = now(), deleted_at = null`}`
  const name = `finesse_persona_profile_upsert_${opts.onlyMissing ? "missing" : opts.keepSurveyAnswers ? "keep" : "all"}`
  await preparedQuery(db, name, text, [json])
}

type PgClient = { query(config: { name: string; text: string; values: unknown[] }): Promise<unknown> }

/** Runs a named prepared statement on a pooled connection (Postgres keeps the plan per connection). */
async function preparedQuery(db: Knex, name: string, text: string, values: unknown[]) {
  const client = (db as unknown as { client: { acquireConnection(): Promise<PgClient>; releaseConnection(c: PgClient): Promise<void> } }).client
  const conn = await client.acquireConnection()
  try {
    await conn.query({ name, text, values })
  } finally {
    await client.releaseConnection(conn)
  }
}

/** A stored row back in the lib's shape (times as epoch ms). */
export function fromDb(r: Record<string, any>): ProfileRow {
  const o: Record<string, unknown> = {}
  for (const [c] of COLUMNS) {
    const v = r[c]
    o[c] = TIME_COLUMNS.has(c) ? (v === null || v === undefined ? null : new Date(v).getTime()) : v
  }
  const row = o as ProfileRow
  row.traits ??= {}
  row.survey_answers ??= {}
  row.tags ??= []
  row.top_categories ??= []
  row.category_affinities ??= []
  return row
}

export async function getProfiles(db: Knex, customerIds: readonly string[]): Promise<ProfileRow[]> {
  if (!customerIds.length) return []
  const r = await db.raw(
    `select ${PROFILE_SELECT} from finesse_persona_profile where id = any(?) and deleted_at is null`,
    [customerIds as string[]]
  )
  return r.rows.map(fromDb)
}

/** Profiles in customer id order after `after` (keyset pages for segment evaluation). */
export async function pageProfiles(db: Knex, after: string | null, limit: number): Promise<ProfileRow[]> {
  const r = await db.raw(
    `select ${PROFILE_SELECT} from finesse_persona_profile
      where deleted_at is null ${after ? "and id > ?" : ""} order by id limit ?`,
    after ? [after, limit] : [limit]
  )
  return r.rows.map(fromDb)
}

export async function countProfiles(db: Knex): Promise<number> {
  const r = await db.raw(`select count(*)::int n from finesse_persona_profile where deleted_at is null`)
  return r.rows[0].n
}

/**
 * After a full recompute: customers it did not score (no order left, e.g. all canceled) lose their behaviour
 * fields; rows that hold nothing else are deleted. Rows written after `startedAt` (an order scored while the
 * recompute ran) are left alone.
 */
export async function retireUnscored(db: Knex, version: number, startedAt: Date, empty: (id: string) => ProfileRow) {
  const gone = await db.raw(
    `delete from finesse_persona_profile
      where (model_version is null or model_version <> ?) and computed_at < ?
        and coalesce(survey_answers, '{}'::jsonb) = '{}'::jsonb
      returning id`,
    [version, startedAt]
  )
  const keep = await db.raw(
    `select id, survey_answers from finesse_persona_profile
      where (model_version is null or model_version <> ?) and computed_at < ? and order_count > 0`,
    [version, startedAt]
  )
  if (keep.rows.length) {
    await upsertProfiles(
      db,
      keep.rows.map((r: { id: string }) => empty(r.id)),
      { keepSurveyAnswers: true }
    )
  }
  return { deleted: gone.rows.length, emptied: keep.rows.length }
}

/** Merges survey answers into a customer's row (creating an empty profile for a customer without orders). */
export async function mergeSurveyAnswers(db: Knex, customerId: string, answers: Record<string, unknown>, empty: ProfileRow) {
  await upsertProfiles(db, [empty], { keepSurveyAnswers: true, onlyMissing: true })
  await db.raw(
    `update finesse_persona_profile set survey_answers = coalesce(survey_answers, '{}'::jsonb) || ?::jsonb, updated_at = now()
      where id = ?`,
    [JSON.stringify(answers), customerId]
  )
}
