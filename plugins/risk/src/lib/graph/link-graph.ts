import type { LinkedAccountStats, LinkKind } from "../signals/types"
import { UnionFind } from "./union-find"

const DAY = 86_400_000
const KIND_INDEX: Record<LinkKind, number> = { device: 0, address: 1, card: 2 }

export type LinkGraphOptions = { newAccountDays?: number; linkWindowDays?: number; maxAccountsPerKey?: number }

/**
 * The account–identifier graph kept incrementally, for replaying history in time order (back-tests, benchmarks,
 * a rebuild job): each use links the account to the other accounts that used the same identifier within the link
 * window. Union-find cannot forget, so a link once made stays (`linkedAccountStats` over a window is the exact
 * form for one order); the new-account count is always taken at the time asked.
 */
export class LinkGraph {
  private readonly o: Required<LinkGraphOptions>
  private readonly index = new Map<string, number>()
  private readonly created: Array<number | null> = []
  private readonly uf = new UnionFind(1024)
  private readonly members: Array<number[] | null> = []
  private readonly sharedCounts: Array<Int32Array | null> = []
  private readonly keys = new Map<string, { accounts: Map<number, number>; shared: boolean; hub: boolean }>()

  constructor(options: LinkGraphOptions = {}) {
    this.o = { newAccountDays: 30, linkWindowDays: 90, maxAccountsPerKey: 25, ...options }
  }

  private account(id: string, createdAt: number | null): number {
    let i = this.index.get(id)
    if (i === undefined) {
      i = this.uf.add()
      this.index.set(id, i)
      this.created.push(createdAt)
      this.members.push([i])
      this.sharedCounts.push(new Int32Array(3))
    }
    return i
  }

  private join(a: number, b: number): void {
    const r = this.uf.union(a, b)
    if (!r) return
    const [keep, gone] = r
    const mk = this.members[keep]!
    for (const m of this.members[gone]!) mk.push(m)
    this.members[gone] = null
    const sk = this.sharedCounts[keep]!
    const sg = this.sharedCounts[gone]!
    for (let j = 0; j < 3; j++) sk[j] += sg[j]
    this.sharedCounts[gone] = null
  }

  /** Records that `accountId` used an identifier at time `at` (epoch ms); calls must come in time order. */
  addUse(accountId: string, accountCreatedAt: number | null, kind: LinkKind, key: string, at: number): void {
    const a = this.account(accountId, accountCreatedAt)
    const id = `${kind}|${key}`
    let k = this.keys.get(id)
    if (!k) this.keys.set(id, (k = { accounts: new Map(), shared: false, hub: false }))
    if (k.hub) return
    if (!k.accounts.has(a) && k.accounts.size >= this.o.maxAccountsPerKey) {
      k.hub = true
      k.accounts.clear()
      return
    }
    k.accounts.set(a, at)
    const from = at - this.o.linkWindowDays * DAY
    let linked = false
    for (const [b, last] of k.accounts) {
      if (b === a || last < from) continue
      this.join(a, b)
      linked = true
    }
    if (linked && !k.shared) {
      k.shared = true
      this.sharedCounts[this.uf.find(a)]![KIND_INDEX[kind]]++
    }
  }

  /** The linked group of an account as of `now` (1 account, itself, when it is unknown or unlinked). */
  stats(accountId: string, now: number): LinkedAccountStats {
    const a = this.index.get(accountId)
    const shared: Record<LinkKind, number> = { device: 0, address: 0, card: 0 }
    const days = this.o.newAccountDays
    if (a === undefined) return { accounts: 1, newAccounts: 1, newAccountDays: days, shared }
    const root = this.uf.find(a)
    const members = this.members[root]!
    const from = now - days * DAY
    let newAccounts = 0
    for (const m of members) {
      const c = this.created[m]
      if (c !== null && c >= from && c <= now) newAccounts++
    }
    const s = this.sharedCounts[root]!
    shared.device = s[0]
    shared.address = s[1]
    shared.card = s[2]
    return { accounts: members.length, newAccounts, newAccountDays: days, shared }
  }

  get accounts(): number {
    return this.uf.count
  }
}
