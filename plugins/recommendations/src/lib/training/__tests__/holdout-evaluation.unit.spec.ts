import { evaluateHoldout } from "../holdout-evaluation"

const DAY = 86_400_000
const NOW = Date.UTC(2026, 5, 1)

describe("evaluateHoldout", () => {
  // 20 customers: each bought A then (in the test window) B; B is what "customers who bought A" buy next
  const purchases = Array.from({ length: 20 }, (_, u) => [
    { userId: `u${u}`, itemId: "A", orderId: `o${u}a`, time: NOW - (60 + u) * DAY },
    { userId: `u${u}`, itemId: u < 10 ? "B" : "C", orderId: `o${u}b`, time: NOW - (45 + u) * DAY },
    { userId: `u${u}`, itemId: u % 2 ? "B" : "C", orderId: `o${u}c`, time: NOW - 5 * DAY },
  ]).flat()

  it("splits by time, evaluates both protocols and beats nothing-at-all with something", () => {
    const r = evaluateHoldout(purchases, NOW, { k: 2, testDays: 30 })
    expect(r.cut).toBe(new Date(NOW - 30 * DAY).toISOString())
    expect(r.train_purchases).toBe(40)
    expect(r.test_purchases).toBe(20)
    expect(r.models.for_you.all.users).toBe(20)
    // R-all, k = 2: the ranker puts a customer's own two products first (A and B, or A and C), so only the half
    // whose test item is one they bought before is a hit
    expect(r.models.for_you.all.hr).toBe(0.5)
    // R-new keeps the 10 customers whose test item is new to them and ranks only unbought items: all hits
    expect(r.models.for_you.new.users).toBe(10)
    expect(r.models.for_you.new.hr).toBe(1)
    expect(r.models.for_you.new.ndcg).toBe(1)
    expect(evaluateHoldout(purchases, NOW, { k: 3, testDays: 30 }).models.for_you.all.hr).toBe(1)
    expect(r.skipped).toBeUndefined()
  })

  it("skips with a reason when too few customers span the cut", () => {
    expect(evaluateHoldout(purchases.slice(0, 3), NOW, { k: 10 }).skipped).toMatch(/customers bought both/)
  })
})
