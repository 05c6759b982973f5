import { createHash } from "node:crypto"

/**
 * The audit log's hash chain. Each entry's hash covers its own fields, a digest of its payload and the previous
 * entry's hash, so changing, removing or reordering any stored entry breaks every hash after it; verifying the
 * chain from the first entry finds the first broken one.
 */

export const GENESIS_HASH = "0".repeat(64)

export type AuditPayload = {
  summary: string
  changes: Record<string, unknown> | null
}

export type ChainedEntry = {
  seq: number
  occurred_at: string
  actor_type: string
  actor_id: string | null
  plugin: string
  action: string
  resource_type: string | null
  resource_id: string | null
  payload_digest: string
  prev_hash: string
  hash: string
}

/** JSON with object keys sorted at every level, so equal values always hash alike. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null"
  if (typeof value === "number") return Number.isFinite(value) ? JSON.stringify(value) : "null"
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`
  }
  return JSON.stringify(String(value))
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex")

export function payloadDigest(payload: AuditPayload): string {
  return sha256(canonicalJson({ summary: payload.summary, changes: payload.changes ?? null }))
}

/** The hash of an entry given everything but its own hash. */
export function entryHash(e: Omit<ChainedEntry, "hash">): string {
  return sha256(
    canonicalJson([
      e.seq,
      e.occurred_at,
      e.actor_type,
      e.actor_id,
      e.plugin,
      e.action,
      e.resource_type,
      e.resource_id,
      e.payload_digest,
      e.prev_hash,
    ])
  )
}

export type NewAuditEntry = {
  occurred_at: string
  actor_type: string
  actor_id: string | null
  plugin: string
  action: string
  resource_type: string | null
  resource_id: string | null
  payload: AuditPayload
}

/** Chains new entries after the last stored one (`prev` null for an empty log). */
export function chainEntries(
  prev: { seq: number; hash: string } | null,
  entries: NewAuditEntry[]
): (ChainedEntry & { payload: AuditPayload })[] {
  let seq = prev?.seq ?? 0
  let prevHash = prev?.hash ?? GENESIS_HASH
  return entries.map((n) => {
    seq += 1
    const base = {
      seq,
      occurred_at: n.occurred_at,
      actor_type: n.actor_type,
      actor_id: n.actor_id,
      plugin: n.plugin,
      action: n.action,
      resource_type: n.resource_type,
      resource_id: n.resource_id,
      payload_digest: payloadDigest(n.payload),
      prev_hash: prevHash,
    }
    const hash = entryHash(base)
    prevHash = hash
    return { ...base, hash, payload: n.payload }
  })
}

export type ChainBreak = { seq: number; reason: "payload_changed" | "entry_changed" | "link_broken" | "sequence_gap" }

/**
 * Checks a run of stored entries in seq order, continuing from `prev` (the entry before the run, or null from the
 * start). Returns the first break, or null when the run is intact.
 */
export function verifyRun(
  prev: { seq: number; hash: string } | null,
  run: (ChainedEntry & { payload: AuditPayload })[]
): ChainBreak | null {
  let expectSeq = (prev?.seq ?? 0) + 1
  let prevHash = prev?.hash ?? GENESIS_HASH
  for (const e of run) {
    if (e.seq !== expectSeq) return { seq: e.seq, reason: "sequence_gap" }
    if (e.prev_hash !== prevHash) return { seq: e.seq, reason: "link_broken" }
    if (payloadDigest(e.payload) !== e.payload_digest) return { seq: e.seq, reason: "payload_changed" }
    const { hash, payload: _p, ...rest } = e
    if (entryHash(rest) !== hash) return { seq: e.seq, reason: "entry_changed" }
    prevHash = hash
    expectSeq += 1
  }
  return null
}
