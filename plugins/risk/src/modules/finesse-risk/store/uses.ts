import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { VelocityDimension } from "../../../lib"

/** One row of `finesse_risk_use`: a scored checkout or order with its 64-bit keyed identifiers (decimal strings). */
export type UseRow = {
  ref: string
  order_id: string | null
  account: string
  account_created_at: Date | null
  at: Date
  email: string | null
  ip: string | null
  card: string | null
  address: string | null
  device: string | null
}

/** A velocity read: orders under `key` of `dimension` in the `hours` before `at`, the order itself not counted. */
export type VelocityRead = { dimension: VelocityDimension; key: string; hours: number; label: string }

/** A row of the link neighbourhood, as the lib's `AccountLinkEdge` needs it. */
export type LinkRow = { account: string; account_created_at: Date | null; device: string | null; address: string | null; card: string | null; at: Date }

const COLUMN: Record<VelocityDimension, string> = { email: "email", ip: "ip", card: "card", address: "address", device: "device" }

/**
 * Every velocity count and the account's earlier orders in one statement of scalar subqueries, each an index range
 * count on (key, at). Returns counts by `dimension|label` and `prior`.
 */
export async function readVelocity(
  db: Knex,
  input: { ref: string; at: Date; reads: VelocityRead[]; account: string | null }
): Promise<{ counts: Map<string, number>; prior: number }> {
  const parts: string[] = []
  const bindings: unknown[] = []
  input.reads.forEach((r, i) => {
    parts.push(`(select count(*) from finesse_risk_use where ${COLUMN[r.dimension]} = ? and at >= ? and at <= ? and ref <> ?)::int as v${i}`)
    bindings.push(r.key, new Date(input.at.getTime() - r.hours * 3_600_000), input.at, input.ref)
  })
  if (input.account) {
    parts.push(`(select count(*) from finesse_risk_use where account = ? and at < ? and ref <> ?)::int as prior`)
    bindings.push(input.account, input.at, input.ref)
  }
  const counts = new Map<string, number>()
  if (!parts.length) return { counts, prior: 0 }
  const r = await db.raw(`select ${parts.join(", ")}`, bindings as any)
  const row = r.rows[0] as Record<string, number>
  input.reads.forEach((x, i) => counts.set(`${x.dimension}|${x.label}`, Number(row[`v${i}`] ?? 0)))
  return { counts, prior: Number(row.prior ?? 0) }
}

/**
 * The bounded neighbourhood of an order for account links: the accounts that used its device, address or card in the
 * window (at most `maxAccounts`), and every use of those accounts in the window (at most `maxRows`). Two index reads.
 */
export async function readLinkNeighbourhood(
  db: Knex,
  input: { ref: string; from: Date; to: Date; device: string | null; address: string | null; card: string | null; maxAccounts?: number; maxRows?: number }
): Promise<LinkRow[]> {
  const ors: string[] = []
  const keys: unknown[] = []
  for (const c of ["device", "address", "card"] as const) {
    if (input[c] === null) continue
    ors.push(`${c} = ?`)
    keys.push(input[c])
  }
  if (!ors.length) return []
  const r = await db.raw(
    `with seeds as (
       select distinct account from finesse_risk_use
        where (${ors.join(" or ")}) and at >= ? and at <= ? and ref <> ? and account <> 0
        limit ?
     )
     select u.account::text as account, u.account_created_at, u.device::text as device, u.address::text as address, u.card::text as card, u.at
       from finesse_risk_use u join seeds s on s.account = u.account
      where u.at >= ? and u.at <= ? and u.ref <> ?
      limit ?`,
    [...keys, input.from, input.to, input.ref, input.maxAccounts ?? 100, input.from, input.to, input.ref, input.maxRows ?? 3000] as any
  )
  return r.rows as LinkRow[]
}

const USE_COLUMNS = ["ref", "order_id", "account", "account_created_at", "at", "email", "ip", "card", "address", "device"] as const

/** Inserts or replaces use rows (by ref): scoring the same checkout twice leaves one row. */
export async function upsertUses(db: Knex | Knex.Transaction, rows: UseRow[]): Promise<void> {
  if (!rows.length) return
  const cols = USE_COLUMNS
  await db.raw(
    `insert into finesse_risk_use (${cols.join(", ")})
     select * from unnest(?::text[], ?::text[], ?::int8[], ?::timestamptz[], ?::timestamptz[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[])
     on conflict (ref) do update set ${cols.filter((c) => c !== "ref").map((c) => (c === "order_id" ? "order_id = coalesce(excluded.order_id, finesse_risk_use.order_id)" : `${c} = excluded.${c}`)).join(", ")}`,
    cols.map((c) => rows.map((r) => r[c] as unknown)) as any
  )
}

/**
 * `readVelocity` and `readLinkNeighbourhood` in one statement (one round trip on the order-placement path): the
 * velocity counts and earlier orders as scalar subqueries, the neighbourhood as a JSON array.
 */
export async function readLookups(
  db: Knex,
  input: {
    ref: string
    at: Date
    reads: VelocityRead[]
    account: string | null
    link: { from: Date; device: string | null; address: string | null; card: string | null; maxAccounts?: number; maxRows?: number } | null
  }
): Promise<{ counts: Map<string, number>; prior: number; links: LinkRow[] }> {
  const parts: string[] = []
  const bindings: unknown[] = []
  input.reads.forEach((r, i) => {
    parts.push(`(select count(*) from finesse_risk_use where ${COLUMN[r.dimension]} = ? and at >= ? and at <= ? and ref <> ?)::int as v${i}`)
    bindings.push(r.key, new Date(input.at.getTime() - r.hours * 3_600_000), input.at, input.ref)
  })
  if (input.account) {
    parts.push(`(select count(*) from finesse_risk_use where account = ? and at < ? and ref <> ?)::int as prior`)
    bindings.push(input.account, input.at, input.ref)
  }
  const l = input.link
  const ors: string[] = []
  if (l) {
    for (const c of ["device", "address", "card"] as const) {
      if (l[c] === null) continue
      ors.push(`${c} = ?`)
    }
  }
  if (l && ors.length) {
    parts.push(
      `(select coalesce(json_agg(x), '[]'::json) from (
         with seeds as (
           select distinct account from finesse_risk_use
            where (${ors.join(" or ")}) and at >= ? and at <= ? and ref <> ? and account <> 0
            limit ?
         )
         select u.account::text as account, u.account_created_at, u.device::text as device, u.address::text as address, u.card::text as card, u.at
           from finesse_risk_use u join seeds s on s.account = u.account
          where u.at >= ? and u.at <= ? and u.ref <> ?
          limit ?
       ) x) as links`
    )
    for (const c of ["device", "address", "card"] as const) if (l[c] !== null) bindings.push(l[c])
    bindings.push(l.from, input.at, input.ref, l.maxAccounts ?? 100, l.from, input.at, input.ref, l.maxRows ?? 3000)
  }
  const counts = new Map<string, number>()
  if (!parts.length) return { counts, prior: 0, links: [] }
  const r = await db.raw(`select ${parts.join(", ")}`, bindings as any)
  const row = r.rows[0] as Record<string, any>
  input.reads.forEach((x, i) => counts.set(`${x.dimension}|${x.label}`, Number(row[`v${i}`] ?? 0)))
  return { counts, prior: Number(row.prior ?? 0), links: (row.links ?? []) as LinkRow[] }
}
