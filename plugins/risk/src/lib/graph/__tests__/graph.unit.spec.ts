import { DAY, NOW } from "../../__tests__/order-fixture"
import { LinkGraph } from "../link-graph"
import { findAccountRings, linkedAccountStats, type AccountLinkEdge } from "../linked-accounts"
import { UnionFind } from "../union-find"

describe("union-find", () => {
  it("joins sets and grows on demand", () => {
    const uf = new UnionFind(2)
    for (let i = 0; i < 10; i++) uf.add()
    uf.union(0, 1)
    uf.union(2, 3)
    expect(uf.union(1, 0)).toBeNull()
    uf.union(1, 3)
    expect(uf.find(0)).toBe(uf.find(2))
    expect(uf.find(4)).not.toBe(uf.find(0))
    expect(uf.setSize(3)).toBe(4)
    expect(uf.count).toBe(10)
  })
})

// a ring: four new accounts over two devices and one address; an old household pair; a parcel locker hub
const e = (accountId: string, kind: AccountLinkEdge["kind"], key: string, createdDaysAgo: number, usedDaysAgo = 1): AccountLinkEdge => ({
  accountId,
  accountCreatedAt: NOW - createdDaysAgo * DAY,
  kind,
  key,
  at: NOW - usedDaysAgo * DAY,
})
const edges: AccountLinkEdge[] = [
  e("r1", "device", "d1", 5),
  e("r2", "device", "d1", 4),
  e("r2", "address", "a1", 4),
  e("r3", "address", "a1", 3),
  e("r3", "device", "d2", 3),
  e("r4", "device", "d2", 2),
  e("h1", "address", "home", 600),
  e("h2", "address", "home", 400),
  e("h2", "card", "c_h2", 400),
  ...Array.from({ length: 30 }, (_, i) => e(`l${i}`, "address", "locker", 10 + i)),
  e("r4", "address", "locker", 2),
  e("old", "device", "d1", 900, 200), // used the ring's device long ago: outside the link window
]

describe("linked accounts", () => {
  it("finds the ring's component through chained devices and addresses", () => {
    expect(linkedAccountStats("r4", edges, { now: NOW })).toEqual({ accounts: 4, newAccounts: 4, newAccountDays: 30, shared: { device: 2, address: 1, card: 0 } })
    expect(linkedAccountStats("h1", edges, { now: NOW })).toEqual({ accounts: 2, newAccounts: 0, newAccountDays: 30, shared: { device: 0, address: 1, card: 0 } })
    expect(linkedAccountStats("l3", edges, { now: NOW }).accounts).toBe(1) // the locker is a hub and links nobody
    expect(linkedAccountStats("nobody", edges, { now: NOW })).toEqual({ accounts: 1, newAccounts: 0, newAccountDays: 30, shared: { device: 0, address: 0, card: 0 } })
  })

  it("lets an old use link when the window is long enough", () => {
    expect(linkedAccountStats("r1", edges, { now: NOW, linkWindowDays: 365 }).accounts).toBe(5)
  })

  it("reports rings with their shared identifiers and the hubs left out", () => {
    const { rings, hubs } = findAccountRings(edges, { now: NOW })
    expect(rings.map((r) => r.accounts)).toEqual([["r1", "r2", "r3", "r4"]])
    expect(rings[0].newAccounts).toBe(4)
    expect(rings[0].shared.map((s) => `${s.kind}:${s.key}:${s.accounts}`)).toEqual(["address:a1:2", "device:d1:2", "device:d2:2"])
    expect(hubs).toEqual([{ kind: "address", key: "locker", accounts: 31 }])
  })

  it("keeps the same groups incrementally, in time order", () => {
    const g = new LinkGraph()
    for (const x of [...edges].sort((a, b) => a.at - b.at)) g.addUse(x.accountId, x.accountCreatedAt, x.kind, x.key, x.at)
    expect(g.stats("r4", NOW)).toEqual(linkedAccountStats("r4", edges, { now: NOW }))
    expect(g.stats("h2", NOW)).toEqual(linkedAccountStats("h2", edges, { now: NOW }))
    // the documented limit of the incremental form: links made before the locker turned into a hub (its 26th
    // account) stay; `linkedAccountStats` over a window, as the glue uses at order placement, has no such limit
    expect(g.stats("l0", NOW).accounts).toBe(25)
    expect(g.stats("l29", NOW).accounts).toBe(1)
    // new-account counts are taken at the time asked: 40 days on, nobody in the ring is new
    expect(g.stats("r4", NOW + 40 * DAY).newAccounts).toBe(0)
  })
})
