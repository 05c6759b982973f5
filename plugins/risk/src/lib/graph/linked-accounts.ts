import type { LinkedAccountStats, LinkKind } from "../signals/types"
import { UnionFind } from "./union-find"

const DAY = 86_400_000

/** One use of a device, shipping address or card by an account (an order, a saved address, a login). */
export type AccountLinkEdge = {
  accountId: string
  /** Epoch ms; null when unknown (treated as not new). */
  accountCreatedAt: number | null
  kind: LinkKind
  key: string
  /** Epoch ms of the use. */
  at: number
}

export type LinkOptions = {
  now: number
  /** An account created within this many days before `now` is new. */
  newAccountDays?: number
  /** Only uses within this many days before `now` link accounts. */
  linkWindowDays?: number
  /**
   * An identifier used by more accounts than this is a hub (a parcel locker, a freight forwarder, a shop's
   * own pickup address, a shared office computer) and links nobody: otherwise one hub merges honest customers.
   */
  maxAccountsPerKey?: number
}

type Built = {
  ids: string[]
  created: Array<number | null>
  uf: UnionFind
  /** Identifiers used by two or more accounts (hubs excluded), by kind|key. */
  sharedKeys: Map<string, { kind: LinkKind; key: string; accounts: number[] }>
  hubs: Array<{ kind: LinkKind; key: string; accounts: number }>
}

function build(edges: readonly AccountLinkEdge[], o: Required<LinkOptions>): Built {
  const from = o.now - o.linkWindowDays * DAY
  const index = new Map<string, number>()
  const ids: string[] = []
  const created: Array<number | null> = []
  const uf = new UnionFind(64)
  const byKey = new Map<string, { kind: LinkKind; key: string; accounts: Set<number> }>()
  for (const e of edges) {
    if (e.at < from || e.at > o.now) continue
    let i = index.get(e.accountId)
    if (i === undefined) {
      i = uf.add()
      index.set(e.accountId, i)
      ids.push(e.accountId)
      created.push(e.accountCreatedAt)
    }
    const id = `${e.kind}|${e.key}`
    let k = byKey.get(id)
    if (!k) byKey.set(id, (k = { kind: e.kind, key: e.key, accounts: new Set() }))
    k.accounts.add(i)
  }
  const sharedKeys: Built["sharedKeys"] = new Map()
  const hubs: Built["hubs"] = []
  for (const [id, k] of byKey) {
    if (k.accounts.size < 2) continue
    if (k.accounts.size > o.maxAccountsPerKey) {
      hubs.push({ kind: k.kind, key: k.key, accounts: k.accounts.size })
      continue
    }
    const accounts = [...k.accounts]
    for (let j = 1; j < accounts.length; j++) uf.union(accounts[0], accounts[j])
    sharedKeys.set(id, { kind: k.kind, key: k.key, accounts })
  }
  return { ids, created, uf, sharedKeys, hubs }
}

function withDefaults(o: LinkOptions): Required<LinkOptions> {
  return { newAccountDays: 30, linkWindowDays: 90, maxAccountsPerKey: 25, ...o }
}

function isNew(created: number | null, now: number, days: number): boolean {
  return created !== null && created <= now && now - created <= days * DAY
}

/**
 * The linked group of one account: the connected component of the account–identifier graph (accounts joined when
 * they used the same device, address or card within the link window) that contains `accountId`. The glue passes
 * the edges of a bounded neighbourhood (the order's identifiers, their accounts, those accounts' identifiers:
 * two indexed reads), so this stays small. Include the order's own uses among the edges: an account absent from
 * them is counted alone and not as new.
 */
export function linkedAccountStats(accountId: string, edges: readonly AccountLinkEdge[], options: LinkOptions): LinkedAccountStats {
  const o = withDefaults(options)
  const b = build(edges, o)
  const shared: Record<LinkKind, number> = { device: 0, address: 0, card: 0 }
  const seed = b.ids.indexOf(accountId)
  if (seed === -1) return { accounts: 1, newAccounts: 0, newAccountDays: o.newAccountDays, shared }
  const root = b.uf.find(seed)
  let accounts = 0
  let newAccounts = 0
  for (let i = 0; i < b.ids.length; i++) {
    if (b.uf.find(i) !== root) continue
    accounts++
    if (isNew(b.created[i], o.now, o.newAccountDays)) newAccounts++
  }
  for (const k of b.sharedKeys.values()) if (b.uf.find(k.accounts[0]) === root) shared[k.kind]++
  return { accounts, newAccounts, newAccountDays: o.newAccountDays, shared }
}

export type AccountRing = {
  accounts: string[]
  newAccounts: number
  shared: Array<{ kind: LinkKind; key: string; accounts: number }>
}

/**
 * Groups of linked accounts with at least `minNewAccounts` new ones, largest first: the nightly ring report and
 * the retroactive check of orders already placed. Also returns the hub identifiers left out.
 */
export function findAccountRings(
  edges: readonly AccountLinkEdge[],
  options: LinkOptions & { minAccounts?: number; minNewAccounts?: number },
): { rings: AccountRing[]; hubs: Array<{ kind: LinkKind; key: string; accounts: number }> } {
  const o = withDefaults(options)
  const minAccounts = options.minAccounts ?? 3
  const minNew = options.minNewAccounts ?? 3
  const b = build(edges, o)
  const groups = new Map<number, number[]>()
  for (let i = 0; i < b.ids.length; i++) {
    const r = b.uf.find(i)
    const g = groups.get(r)
    if (g) g.push(i)
    else groups.set(r, [i])
  }
  const sharedByRoot = new Map<number, AccountRing["shared"]>()
  for (const k of b.sharedKeys.values()) {
    const r = b.uf.find(k.accounts[0])
    const list = sharedByRoot.get(r) ?? []
    list.push({ kind: k.kind, key: k.key, accounts: k.accounts.length })
    sharedByRoot.set(r, list)
  }
  const rings: AccountRing[] = []
  for (const [root, members] of groups) {
    if (members.length < minAccounts) continue
    const newAccounts = members.filter((i) => isNew(b.created[i], o.now, o.newAccountDays)).length
    if (newAccounts < minNew) continue
    rings.push({
      accounts: members.map((i) => b.ids[i]).sort(),
      newAccounts,
      shared: (sharedByRoot.get(root) ?? []).sort((x, y) => y.accounts - x.accounts || (x.kind + x.key).localeCompare(y.kind + y.key)),
    })
  }
  rings.sort((x, y) => y.accounts.length - x.accounts.length || x.accounts[0].localeCompare(y.accounts[0]))
  return { rings, hubs: b.hubs.sort((x, y) => y.accounts - x.accounts) }
}
