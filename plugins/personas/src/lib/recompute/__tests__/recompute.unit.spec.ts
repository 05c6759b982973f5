import { storeCards } from "../../cluster/match-cards"
import { orderTableFromFacts } from "../../orders/order-table"
import { recomputePersonas } from "../recompute-personas"
import { scoreCustomer } from "../score-customer"
import { AS_OF, DAY, syntheticStore } from "./synthetic-store"

const { orders } = syntheticStore(300, 2)
const table = orderTableFromFacts(orders)
// some lapsed customers of the generator "stopped" before their first order: they never bought
const buyers = new Set(orders.filter((o) => o.time < AS_OF).map((o) => o.customerId)).size

describe("recomputePersonas", () => {
  const progress: number[] = []
  const run = recomputePersonas(table, { asOf: AS_OF, cluster: { seed: 1 }, onProgress: (p) => progress.push(p) })

  it("profiles every customer with an order before the as-of date", () => {
    expect(buyers).toBeGreaterThan(280)
    expect(run.customers.length).toBe(buyers)
    expect(progress[0]).toBe(0)
    expect(progress[progress.length - 1]).toBe(100)
    for (const c of run.customers) {
      expect(c.profile.lastOrderAt! < AS_OF).toBe(true)
      expect(c.rfm.r).toBeGreaterThanOrEqual(1)
      expect(c.personaId).toBe(run.cards[c.cluster].id)
    }
  })

  it("produces one card per cluster with unique names and sizes that add up", () => {
    expect(run.cards.length).toBe(run.models.cluster.k)
    expect(new Set(run.cards.map((c) => c.name)).size).toBe(run.cards.length)
    expect(run.cards.reduce((s, c) => s + c.size, 0)).toBe(buyers)
    expect(run.cards.map((c) => c.id)).toEqual(run.cards.map((_, i) => `persona-${i + 1}`))
  })

  it("keeps ids and names when recomputed a week later against the stored cards", () => {
    const next = recomputePersonas(table, {
      asOf: AS_OF + 7 * DAY,
      cluster: { k: run.models.cluster.k, seed: 5 },
      previousCards: storeCards(run.cards),
    })
    const before = new Map(run.cards.map((c) => [c.id, c.name]))
    for (const c of next.cards) {
      expect(c.previousId).not.toBeNull()
      expect(c.name).toBe(before.get(c.id))
    }
  })

  it("scores a single customer incrementally exactly as the recompute did", () => {
    for (const row of run.customers.slice(0, 30)) {
      const own = orders.filter((o) => o.customerId === row.customerId)
      const single = scoreCustomer(run.models, row.customerId, own, AS_OF)
      expect(single).toEqual(row)
    }
    expect(scoreCustomer(run.models, "nobody", [], AS_OF)).toBeNull()
  })

  it("survives a JSON round trip of the stored models", () => {
    const models = JSON.parse(JSON.stringify(run.models))
    const row = run.customers[7]
    expect(scoreCustomer(models, row.customerId, orders, AS_OF)).toEqual(row)
  })
})

describe("recomputePersonas on a tiny store", () => {
  it("still profiles, predicts (BG/NBD fallback) and clusters three customers", () => {
    const tiny = orderTableFromFacts([
      { customerId: "a", time: AS_OF - 50 * DAY, netMinor: 1000, itemCount: 1 },
      { customerId: "a", time: AS_OF - 20 * DAY, netMinor: 1500, itemCount: 2 },
      { customerId: "b", time: AS_OF - 90 * DAY, netMinor: 500, itemCount: 1 },
      { customerId: "c", time: AS_OF - 5 * DAY, netMinor: 9000, itemCount: 3 },
    ])
    const run = recomputePersonas(tiny, { asOf: AS_OF })
    expect(run.customers.map((c) => c.customerId)).toEqual(["a", "b", "c"])
    expect(run.customers.every((c) => c.prediction.method === "bg-nbd")).toBe(true)
    expect(run.models.cluster.k).toBe(2) // k = 3 would leave every point alone (silhouette 0)
    expect(run.cards.reduce((s, c) => s + c.size, 0)).toBe(3)
  })

  it("refuses a store without any order before the as-of date", () => {
    expect(() => recomputePersonas(orderTableFromFacts([]), { asOf: AS_OF })).toThrow(RangeError)
  })
})
