import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type VersionRow = {
  id: string
  number: number
  status: "building" | "ready" | "failed" | "retired"
  serving: boolean
  trigger: string
  job_id: string | null
  started_at: Date
  finished_at: Date | null
  duration_ms: number | null
  data_until: Date | null
  counts: Record<string, number> | null
  metrics: Record<string, unknown> | null
  params: Record<string, unknown> | null
  artefact_bytes: number
  error: string | null
  activated_at: Date | null
  activated_by: string | null
  created_at: Date
}

/** The version serving now (id, number, when it was trained), or null before the first training. */
export async function servingVersion(db: Knex): Promise<{ id: string; number: number; data_until: Date | null } | null> {
  const r = await db.raw(`select id, number, data_until from finesse_rec_model_version where serving = true and deleted_at is null limit 1`)
  return r.rows[0] ?? null
}

export async function loadArtefacts(db: Knex, versionId: string): Promise<Record<string, unknown>> {
  const r = await db.raw(`select kind, data from finesse_rec_artefact where version_id = ? and deleted_at is null`, [versionId])
  return Object.fromEntries(r.rows.map((x: { kind: string; data: unknown }) => [x.kind, x.data]))
}

/** Writes the artefacts of a building version; a rerun of the same version replaces them. Returns total bytes. */
export async function writeArtefacts(db: Knex, versionId: string, artefacts: Record<string, unknown>): Promise<number> {
  let total = 0
  await db.transaction(async (trx) => {
    await trx.raw(`delete from finesse_rec_artefact where version_id = ?`, [versionId])
    for (const [kind, data] of Object.entries(artefacts)) {
      const json = JSON.stringify(data)
      total += Buffer.byteLength(json)
      await trx.raw(
        `insert into finesse_rec_artefact (id, version_id, kind, size_bytes, data, created_at, updated_at) values (?, ?, ?, ?, ?::jsonb, now(), now())`,
        [generateEntityId(undefined, "frart"), versionId, kind, Buffer.byteLength(json), json]
      )
    }
  })
  return total
}

/**
 * Makes `versionId` (ready or building-and-complete) the serving version in one transaction: the partial unique
 * index on `serving` guarantees a single serving version even if two switches race. Returns the previous one.
 */
export async function activateVersion(db: Knex, versionId: string, by: string | null): Promise<{ previous: string | null }> {
  return db.transaction(async (trx) => {
    const prev = await trx.raw(`select id from finesse_rec_model_version where serving = true and deleted_at is null for update`)
    const previous: string | null = prev.rows[0]?.id ?? null
    if (previous === versionId) return { previous }
    await trx.raw(`update finesse_rec_model_version set serving = false, updated_at = now() where serving = true`)
    const r = await trx.raw(
      `update finesse_rec_model_version set serving = true, status = 'ready', activated_at = now(), activated_by = ?, updated_at = now()
        where id = ? and status in ('ready', 'building', 'retired') and deleted_at is null
          and exists (select 1 from finesse_rec_artefact a where a.version_id = finesse_rec_model_version.id and a.deleted_at is null)
        returning id`,
      [by, versionId]
    )
    if (!r.rows.length) throw new Error(`version ${versionId} cannot serve (unknown, failed or without artefacts)`)
    return { previous }
  })
}

/** Keeps the artefacts of the newest `keep` ready versions (and the serving one); older ones are retired and emptied. */
export async function retireOldVersions(db: Knex, keep: number): Promise<number> {
  const r = await db.raw(
    `with keep as (
       select id from finesse_rec_model_version where status = 'ready' and deleted_at is null order by number desc limit ?
     )
     update finesse_rec_model_version v set status = 'retired', updated_at = now()
      where v.status = 'ready' and v.serving = false and v.deleted_at is null and v.id not in (select id from keep)
      returning v.id`,
    [keep]
  )
  const ids = r.rows.map((x: { id: string }) => x.id)
  if (ids.length) await db.raw(`delete from finesse_rec_artefact where version_id = any(?)`, [ids])
  return ids.length
}
