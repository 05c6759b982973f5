import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { chainEntries, verifyRun, type AuditPayload, type ChainBreak, type ChainedEntry, type NewAuditEntry } from "../../../lib/audit/hash-chain"

/** One lock id for every writer of the chain, in any process: entries are numbered and linked one at a time. */
const CHAIN_LOCK = 7_340_221

export type AuditRow = {
  id: string
  seq: number
  occurred_at: Date
  actor_type: string
  actor_id: string | null
  plugin: string
  action: string
  resource_type: string | null
  resource_id: string | null
  summary: string
  changes: Record<string, unknown> | null
  payload_digest: string
  prev_hash: string
  hash: string
}

export type AuditFilter = {
  q?: string
  plugin?: string
  action?: string
  actor_id?: string
  resource_type?: string
  resource_id?: string
  from?: string
  to?: string
}

/** Appends entries to the chain in one transaction; returns them with their seq and hash. */
export async function appendAudit(db: Knex, entries: NewAuditEntry[], newId: () => string): Promise<AuditRow[]> {
  if (!entries.length) return []
  return db.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(?)", [CHAIN_LOCK])
    const last = await trx.raw(`select seq, hash from finesse_audit_entry order by seq desc limit 1`)
    const prev = last.rows[0] ? { seq: Number(last.rows[0].seq), hash: last.rows[0].hash as string } : null
    const chained = chainEntries(prev, entries)
    const rows = chained.map((e) => ({
      id: newId(),
      seq: e.seq,
      occurred_at: e.occurred_at,
      actor_type: e.actor_type,
      actor_id: e.actor_id,
      plugin: e.plugin,
      action: e.action,
      resource_type: e.resource_type,
      resource_id: e.resource_id,
      summary: e.payload.summary,
      changes: e.payload.changes === null ? null : JSON.stringify(e.payload.changes),
      payload_digest: e.payload_digest,
      prev_hash: e.prev_hash,
      hash: e.hash,
    }))
    for (let i = 0; i < rows.length; i += 500) await trx("finesse_audit_entry").insert(rows.slice(i, i + 500))
    return rows.map((r, i) => ({ ...r, occurred_at: new Date(r.occurred_at), changes: chained[i].payload.changes })) as AuditRow[]
  })
}

function where(qb: Knex.QueryBuilder, f: AuditFilter) {
  qb.whereNull("deleted_at")
  if (f.plugin) qb.where("plugin", f.plugin)
  if (f.action) qb.where("action", "like", f.action.endsWith("*") ? `${f.action.slice(0, -1)}%` : f.action)
  if (f.actor_id) qb.where("actor_id", f.actor_id)
  if (f.resource_type) qb.where("resource_type", f.resource_type)
  if (f.resource_id) qb.where("resource_id", f.resource_id)
  if (f.from) qb.where("occurred_at", ">=", f.from)
  if (f.to) qb.where("occurred_at", "<", f.to)
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    qb.where((w) => w.whereILike("summary", like).orWhereILike("action", like).orWhereILike("resource_id", like).orWhereILike("actor_id", like))
  }
  return qb
}

export async function listAudit(db: Knex, f: AuditFilter, limit: number, offset: number): Promise<{ entries: AuditRow[]; count: number }> {
  const [rows, counted]: [any[], any[]] = await Promise.all([
    where(db("finesse_audit_entry").select("*"), f).orderBy("seq", "desc").limit(limit).offset(offset),
    where(db("finesse_audit_entry").count({ count: "*" }), f),
  ])
  return { entries: rows.map(fromDb), count: Number(counted[0].count) }
}

/** Entries matching the filter in seq order, page by page (for the CSV export). */
export async function* scanAudit(db: Knex, f: AuditFilter, pageSize = 2000): AsyncGenerator<AuditRow[]> {
  let after = 0
  for (;;) {
    const rows = await where(db("finesse_audit_entry").select("*"), f).where("seq", ">", after).orderBy("seq", "asc").limit(pageSize)
    if (!rows.length) return
    yield rows.map(fromDb)
    after = Number(rows[rows.length - 1].seq)
  }
}

/** Walks the whole chain from the first entry; reports how many entries were checked and the first break. */
export async function verifyAudit(db: Knex, pageSize = 5000): Promise<{ checked: number; last_seq: number; broken: ChainBreak | null }> {
  let prev: { seq: number; hash: string } | null = null
  let checked = 0
  for (;;) {
    const r: { rows: any[] } = await db.raw(`select * from finesse_audit_entry where seq > ? order by seq asc limit ?`, [prev?.seq ?? 0, pageSize])
    if (!r.rows.length) return { checked, last_seq: prev?.seq ?? 0, broken: null }
    const run: (ChainedEntry & { payload: AuditPayload })[] = r.rows.map((row) => {
      const e = fromDb(row)
      return { ...e, occurred_at: e.occurred_at.toISOString(), payload: { summary: e.summary, changes: e.changes } }
    })
    const broken = verifyRun(prev, run)
    if (broken) return { checked: checked + run.findIndex((e) => e.seq === broken.seq), last_seq: broken.seq, broken }
    checked += run.length
    const tail: ChainedEntry = run[run.length - 1]
    prev = { seq: tail.seq, hash: tail.hash }
  }
}

function fromDb(r: any): AuditRow {
  return {
    id: r.id,
    seq: Number(r.seq),
    occurred_at: new Date(r.occurred_at),
    actor_type: r.actor_type,
    actor_id: r.actor_id,
    plugin: r.plugin,
    action: r.action,
    resource_type: r.resource_type,
    resource_id: r.resource_id,
    summary: r.summary,
    changes: typeof r.changes === "string" ? JSON.parse(r.changes) : r.changes,
    payload_digest: r.payload_digest,
    prev_hash: r.prev_hash,
    hash: r.hash,
  }
}
