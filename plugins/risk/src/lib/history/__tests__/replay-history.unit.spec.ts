import { DAY, NOW, order } from "../../__tests__/order-fixture"
import { compileRiskConfig } from "../../score/risk-config"
import { scoreOrder } from "../../score/score-order"
import { syntheticOrders } from "../../synthetic/synthetic-orders"
import { replayHistory } from "../replay-history"
import { VelocityIndex } from "../velocity-index"

const HOUR = 3_600_000

describe("velocity index", () => {
  it("counts the orders of a key inside a window by binary search", () => {
    const v = new VelocityIndex()
    for (const h of [0, 1, 2, 30]) v.add("device", "d1", h * HOUR)
    expect(v.count("device", "d1", 2 * HOUR, 24)).toBe(3)
    expect(v.count("device", "d1", 30 * HOUR, 24)).toBe(1) // only hour 30 itself: hour 2 is 28 h back
    expect(v.count("device", "d1", 30 * HOUR, 29)).toBe(3)
    expect(v.count("device", "d2", 30 * HOUR, 24)).toBe(0)
    expect(() => v.add("device", "d1", 0)).toThrow(RangeError)
  })
})

describe("replaying history", () => {
  const config = compileRiskConfig()

  it("gives each order the counts it would have had when placed", () => {
    const orders = [0, 1, 2, 3].map((i) => order({ orderId: `o${i}`, placedAt: NOW + i * HOUR, customerId: i < 3 ? "cus_a" : "cus_b" }))
    const r = replayHistory(orders, config)
    expect(r.map((x) => x.lookups.velocity.device?.["24h"])).toEqual([0, 1, 2, 3])
    expect(r.map((x) => x.lookups.velocity.ip?.["1h"])).toEqual([0, 1, 1, 1])
    expect(r.map((x) => x.lookups.priorOrders)).toEqual([0, 1, 2, 0])
    // cus_b's order shares the device with cus_a: one group of two, neither new
    expect(r[3].lookups.linked).toEqual({ accounts: 2, newAccounts: 0, newAccountDays: 30, shared: { device: 1, address: 1, card: 1 } })
    expect(scoreOrder(r[3].facts, r[3].lookups, config).signals.find((s) => s.code === "velocity_device")!.reason).toBe("4 orders from this device in 24 h, limit 5")
  })

  it("refuses unsorted history", () => {
    expect(() => replayHistory([order({ placedAt: NOW }), order({ placedAt: NOW - DAY })], config)).toThrow(RangeError)
  })

  it("catches a planted fraud ring of new accounts over shared devices and addresses", () => {
    const s = syntheticOrders({
      seed: 1,
      start: Date.UTC(2024, 0, 1),
      days: 90,
      customers: 2000,
      ring: { accounts: 12, devices: 3, addresses: 2, cards: 4, startDay: 45, spanDays: 7, ordersPerAccount: 2 },
    })
    const replayed = replayHistory(s.orders, config)
    let hits = 0
    let ringHits = 0
    let flaggedRing = 0
    for (const r of replayed) {
      const a = scoreOrder(r.facts, r.lookups, config, r.keys)
      const linked = a.signals.find((x) => x.code === "linked_accounts")!.hit
      const ring = s.ringOrderIds.has(r.facts.orderId)
      if (linked) hits++
      if (linked && ring) ringHits++
      if (ring && a.decision !== "allow") flaggedRing++
    }
    expect(s.ringOrderIds.size).toBe(24)
    // only the ring's very first orders, before a second account shares anything, can slip through
    expect(ringHits / s.ringOrderIds.size).toBeGreaterThanOrEqual(0.9)
    expect(ringHits / hits).toBeGreaterThanOrEqual(0.9)
    expect(flaggedRing / s.ringOrderIds.size).toBeGreaterThanOrEqual(0.9)
  })
})
