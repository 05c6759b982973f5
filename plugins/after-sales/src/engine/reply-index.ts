import type { MedusaContainer } from "@medusajs/framework/types"
import { fieldCipher } from "@finesse/core/privacy"
import { Bm25Index } from "../lib/replies/bm25-index"
import { decodeBm25Snapshot, encodeBm25Snapshot } from "../lib/replies/bm25-snapshot"
import { service } from "./case-change"

const TABLE = "finesse_after_sales_reply_index"
const BATCH = 2_000

type IndexRow = { id: string; version: number; documents: number; cursor_at: Date | null; cursor_id: string | null; bytes: number }

/** This process's copy of the index and the version it was loaded from. */
let loaded: { version: number; index: Bm25Index; checkedAt: number } | null = null
const RECHECK_MS = 30_000

async function latestRow(container: MedusaContainer): Promise<IndexRow | null> {
  const db = service(container).db()
  return (await db(TABLE).select("id", "version", "documents", "cursor_at", "cursor_id", "bytes").whereNull("deleted_at").orderBy("version", "desc").first()) ?? null
}

async function loadBlob(container: MedusaContainer, id: string): Promise<Bm25Index> {
  const r = await service(container).db().raw(`select blob from ${TABLE} where id = ?`, [id])
  const blob: Buffer | null = r.rows[0]?.blob ?? null
  return blob ? Bm25Index.fromSnapshot(decodeBm25Snapshot(new Uint8Array(blob.buffer, blob.byteOffset, blob.byteLength))) : new Bm25Index()
}

/**
 * The index of resolved cases for suggestions, as the replies-index job last saved it. Each server process keeps
 * a copy and looks for a newer version at most every 30 s, so a job run by another worker reaches every server.
 */
export async function getReplyIndex(container: MedusaContainer): Promise<{ index: Bm25Index; version: number } | null> {
  const now = Date.now()
  if (loaded && now - loaded.checkedAt < RECHECK_MS) return { index: loaded.index, version: loaded.version }
  const row = await latestRow(container)
  if (!row) return loaded ? { index: loaded.index, version: loaded.version } : null
  if (!loaded || loaded.version !== row.version) loaded = { version: row.version, index: await loadBlob(container, row.id), checkedAt: now }
  else loaded.checkedAt = now
  return { index: loaded.index, version: loaded.version }
}

/** The words a case is indexed (and queried) by: its subject and what the customer wrote. */
export function caseQueryText(subject: string, customerMessages: readonly string[]): string[] {
  return [subject, ...customerMessages]
}

/**
 * Adds the cases resolved since the last run (by resolved_at, id) to the index, each as its subject and customer
 * messages with the saved reply that resolved it, and saves the index as a new version. A case resolved again
 * after a reopen replaces its earlier document. `rebuild` starts from an empty index. Safe to run twice: the
 * cursor only moves forward and a version number is taken once (unique insert).
 */
export async function updateReplyIndex(container: MedusaContainer, opts: { rebuild?: boolean; progress?: (pct: number, msg: string) => Promise<void> } = {}) {
  const db = service(container).db()
  const cipher = fieldCipher(container)
  const row = opts.rebuild ? null : await latestRow(container)
  const index = row ? await loadBlob(container, row.id) : new Bm25Index()
  let cursorAt: Date | null = row?.cursor_at ?? null
  let cursorId: string | null = row?.cursor_id ?? null
  const total = Number(
    (
      await db.raw(
        `select count(*)::int n from finesse_after_sales_case where deleted_at is null and resolved_at is not null and status in ('resolved', 'closed')
          and (?::timestamptz is null or (resolved_at, id) > (?::timestamptz, ?))`,
        [cursorAt, cursorAt, cursorId ?? ""]
      )
    ).rows[0].n
  )
  let added = 0
  for (;;) {
    const cases = (
      await db.raw(
        `select id, subject, resolution_reply_key, resolved_at from finesse_after_sales_case
          where deleted_at is null and resolved_at is not null and status in ('resolved', 'closed')
            and (?::timestamptz is null or (resolved_at, id) > (?::timestamptz, ?))
          order by resolved_at, id limit ?`,
        [cursorAt, cursorAt, cursorId ?? "", BATCH]
      )
    ).rows as Array<{ id: string; subject: string; resolution_reply_key: string | null; resolved_at: Date }>
    if (!cases.length) break
    const msgs = (
      await db.raw(
        `select case_id, body from finesse_after_sales_message
          where case_id = any(?::text[]) and deleted_at is null and visibility = 'customer' and author_type = 'customer'
          order by case_id, created_at`,
        [`{${cases.map((c) => c.id).join(",")}}`]
      )
    ).rows as Array<{ case_id: string; body: string }>
    const byCase = new Map<string, string[]>()
    for (const m of msgs) {
      let list = byCase.get(m.case_id)
      if (!list) byCase.set(m.case_id, (list = []))
      list.push(cipher.decrypt(m.body))
    }
    for (const c of cases) index.add(c.id, caseQueryText(cipher.decrypt(c.subject), byCase.get(c.id) ?? []), c.resolution_reply_key)
    added += cases.length
    const last = cases[cases.length - 1]
    cursorAt = last.resolved_at
    cursorId = last.id
    await opts.progress?.(Math.min(95, (90 * added) / Math.max(1, total)), `${added} of ${total} resolved cases indexed`)
  }
  if (!added && row) return { version: row.version, documents: row.documents, added: 0, bytes: row.bytes }
  const blob = Buffer.from(encodeBm25Snapshot(index.toSnapshot()))
  const version = (row?.version ?? Number((await db.raw(`select coalesce(max(version), 0)::int v from ${TABLE}`)).rows[0].v)) + 1
  const id = `fasidx_${version}_${Date.now().toString(36)}`
  await db.raw(
    `insert into ${TABLE} (id, version, documents, cursor_at, cursor_id, bytes, blob, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, now(), now())`,
    [id, version, index.size, cursorAt, cursorId, blob.byteLength, blob]
  )
  // keep the previous version for a server still reading it; older ones go
  await db.raw(`delete from ${TABLE} where version < ?`, [version - 1])
  loaded = { version, index, checkedAt: Date.now() }
  return { version, documents: index.size, added, bytes: blob.byteLength }
}
