import { planDemoStore } from "../plan-demo-store"
import { PLANTS, applyPlants, type DemoPlant } from "../plants"
import { FULL, fullPlan } from "./plan-fixture"

const SMALL = { seed: 7, scale: 0.05, until: "2025-10-31" }

describe("demo plants", () => {
  it("applies a plant, keeps orders keyed in time order and follows the keys in the planted truth", () => {
    const plan = planDemoStore(SMALL, [])
    const before = plan.orders.length
    const middle = plan.orders[Math.floor(before / 2)]
    const latest = plan.orders[before - 1]
    const plant: DemoPlant = {
      name: "example",
      plant(p, rng) {
        // a copy of the middle order, a minute earlier, for the same customer
        const extra = { ...middle, key: "planted-1", created_at: new Date(Date.parse(middle.created_at) - 60_000).toISOString() }
        p.orders.push(extra)
        return { planted: ["planted-1"], latest: latest.key, draw: rng.next() }
      },
    }
    const planted = applyPlants(plan, SMALL.seed, [plant])
    expect(planted.orders).toHaveLength(before + 1)
    planted.orders.forEach((o, i) => expect(o.key).toBe(`ord_${String(i + 1).padStart(6, "0")}`))
    for (let i = 1; i < planted.orders.length; i++) expect(planted.orders[i - 1].created_at <= planted.orders[i].created_at).toBe(true)
    const truth = planted.truth.example as { planted: string[]; latest: string; draw: number }
    const extra = planted.orders.find((o) => o.key === truth.planted[0])!
    expect(extra.created_at).toBe(new Date(Date.parse(middle.created_at) - 60_000).toISOString())
    // the last order moved one key up, and the truth says so
    expect(truth.latest).toBe(`ord_${String(before + 1).padStart(6, "0")}`)
    // the plant's random stream depends on the seed only
    const again = applyPlants(planDemoStore(SMALL, []), SMALL.seed, [plant]).truth.example as { draw: number }
    expect(again.draw).toBe(truth.draw)
  })

  it("leaves the plan as it is without plants", () => {
    const plan = planDemoStore(SMALL, [])
    expect(plan.truth).toEqual({})
    expect(applyPlants(plan, SMALL.seed, [])).toBe(plan)
  })

  it("applies every registered plugin plant and records its truth on the full demo store", () => {
    const planted = fullPlan()
    for (const p of PLANTS) expect([p.name, planted.truth[p.name] != null]).toEqual([p.name, true])
    const base = planDemoStore(FULL, [])
    expect(planted.customers.length).toBeGreaterThanOrEqual(base.customers.length)
    expect(planted.promotions.length).toBeGreaterThanOrEqual(base.promotions.length)
  })
})
