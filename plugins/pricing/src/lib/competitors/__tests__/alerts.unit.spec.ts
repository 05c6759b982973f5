import { createAlertRunner, detectPriceWar, evaluateAlerts, outOfStockAlert, priceWarAlert, priceWarArgs, undercutAlert, type AlertContext } from "../alerts"
import type { PricePoint, PriceSeries } from "../price-history"
import { resolveResponse, responseRuleSchema } from "../response-rules"

const NOW = Date.UTC(2024, 5, 20, 12)
const DAY = 86_400_000
const pts = (...xs: [number, number, boolean?][]): PricePoint[] => xs.map(([day, price, inStock]) => ({ at: NOW - day * DAY, price, inStock: inStock ?? true }))
const ser = (competitorId: string, points: PricePoint[], lastSeenDaysAgo?: number): PriceSeries => ({
  competitorId,
  variantId: "v1",
  currencyCode: "eur",
  points,
  lastSeenAt: lastSeenDaysAgo === undefined ? undefined : NOW - lastSeenDaysAgo * DAY,
})
const ctx = (competitors: PriceSeries[], ownHistory: PricePoint[] = [], ownPrice = 1000): AlertContext => ({ now: NOW, variantId: "v1", productId: "p1", currencyCode: "eur", ownPrice, ownHistory, competitors })
const war = priceWarArgs.parse({})

describe("undercut alert", () => {
  it("fires for fresh in-stock competitors more than x % below, with the gap", () => {
    const alerts = undercutAlert.evaluate(
      ctx([ser("a", pts([1, 920])), ser("b", pts([1, 960])), ser("c", pts([2, 850])), ser("d", pts([5, 800])), ser("e", pts([1, 700, false]))]),
      { pct: 5, maxAgeDays: 3 }
    )
    expect(alerts.map((a) => [a.competitorId, a.severity, a.data.gapPct])).toEqual([
      ["a", "warning", 8],
      ["c", "critical", 15],
    ])
    expect(alerts[0].message).toBe("a sells at 9.20 EUR, 8 % below our 10.00 EUR (threshold 5 %)")
  })
  it("counts a price re-seen yesterday as fresh even when it changed long ago", () => {
    expect(undercutAlert.evaluate(ctx([ser("a", pts([30, 900]), 1)]), { pct: 5, maxAgeDays: 3 })).toHaveLength(1)
    expect(undercutAlert.evaluate(ctx([ser("a", pts([30, 900]))]), { pct: 5, maxAgeDays: 3 })).toHaveLength(0)
  })
})

describe("competitor out of stock", () => {
  it("reports since when, once per run of out-of-stock observations", () => {
    const alerts = outOfStockAlert.evaluate(ctx([ser("b", pts([5, 1050], [3, 1050, false], [2, 1040, false]), 1), ser("a", pts([1, 990]))]), { maxAgeDays: 3 })
    expect(alerts).toHaveLength(1)
    expect(alerts[0]).toMatchObject({ competitorId: "b", severity: "info", data: { since: NOW - 3 * DAY, days: 3 } })
    expect(alerts[0].key).toBe(`competitor_out_of_stock:v1:eur:b:${NOW - 3 * DAY}`)
  })
})

describe("price war", () => {
  // self and a trade undercuts; b stays above; a's first cut is not an undercut (it was already cheapest)
  const a = ser("a", pts([20, 990], [12, 960], [8, 940], [3, 920]))
  const b = ser("b", pts([20, 1050]))
  const self = pts([20, 1000], [10, 950], [6, 930])

  it("finds alternating undercuts between us and a competitor", () => {
    const moves = detectPriceWar([a, b, ser("self", self)], NOW, war)!
    expect(moves.map((m) => [m.party, m.from, m.to, m.previousLowest, m.previousLeader])).toEqual([
      ["self", 1000, 950, 960, "a"],
      ["a", 960, 940, 950, "self"],
      ["self", 950, 930, 940, "a"],
      ["a", 940, 920, 930, "self"],
    ])
    const [alert] = priceWarAlert.evaluate(ctx([a, b], self), war)
    expect(alert).toMatchObject({ code: "price_war", severity: "critical", competitorId: "a", data: { parties: ["a", "self"], undercuts: 4, fromPrice: 960, toPrice: 920, dropPct: 4.2 } })
    expect(alert.message).toBe("price war between a and self: 4 alternating undercuts in 7 days, lowest price 9.60 EUR → 9.20 EUR (−4.2 %)")
  })

  it("also finds one among competitors", () => {
    const x = ser("x", pts([20, 1000], [9, 940], [5, 900]))
    const y = ser("y", pts([20, 980], [7, 920], [3, 880]))
    const [alert] = priceWarAlert.evaluate(ctx([x, y], [], 1200), war)
    expect(alert).toMatchObject({ severity: "warning", data: { parties: ["x", "y"], undercuts: 4 } })
  })

  it.each([
    // a undercuts three times, each time after c came back in stock below it: nobody answers a, so no war
    [
      "one party undercutting again and again",
      [ser("a", pts([20, 1000], [10, 950], [6, 790], [3, 690])), ser("b", pts([20, 980])), ser("c", pts([20, 900, false], [8, 800], [5, 800, false], [4, 700]))],
      [],
    ],
    // self undercuts a, a answers 2 days later: with at most 1.5 days between undercuts that is no war
    ["too long between the cuts", [a, b], pts([20, 1000], [10, 950])],
    ["cuts that stay above the cheapest", [ser("a", pts([20, 800])), ser("b", pts([20, 1000], [8, 950], [4, 900]))], pts([20, 1100], [6, 1000], [2, 950])],
    ["outside the window", [ser("a", pts([40, 990], [30, 940], [26, 920]))], pts([41, 1000], [33, 950], [28, 930])],
  ] as const)("is not: %s", (_name, competitors, own) => {
    const gappy = _name.startsWith("too long") ? { ...war, maxGapDays: 1.5 } : war
    expect(priceWarAlert.evaluate(ctx([...competitors], [...own]), gappy)).toEqual([])
  })

  it("ignores competitors while they are out of stock", () => {
    // a's "cut" to 900 happens while it is out of stock: not an undercut
    const oos = ser("a", pts([20, 990], [12, 960], [8, 900, false], [6, 890, false]))
    expect(detectPriceWar([oos, ser("self", self)], NOW, war)).toBeNull()
  })
})

describe("alert runner", () => {
  it("runs every rule with defaults", () => {
    const codes = evaluateAlerts(ctx([ser("a", pts([20, 990], [12, 960], [8, 940], [3, 900])), ser("b", pts([2, 1100, false]))], pts([20, 1000], [10, 950], [6, 930]))).map((x) => x.code)
    expect(codes).toEqual(["undercut", "price_war", "competitor_out_of_stock"])
    expect(() => evaluateAlerts(ctx([]), { undercut: { pct: -1 } })).toThrow()
    const onlyStock = createAlertRunner({ competitor_out_of_stock: {} })
    expect(onlyStock(ctx([ser("a", pts([1, 500])), ser("b", pts([2, 1100, false]))])).map((x) => x.code)).toEqual(["competitor_out_of_stock"])
  })
})

describe("response rules", () => {
  const rule = (over: Record<string, unknown>) => responseRuleSchema.parse({ id: "r", undercutPct: 5, action: "match", ...over })
  const quotes = [
    { competitorId: "x", price: 930, inStock: true, observedAt: NOW - DAY },
    { competitorId: "y", price: 900, inStock: true, observedAt: NOW - DAY },
    { competitorId: "z", price: 800, inStock: true, observedAt: NOW - 10 * DAY }, // stale
  ]
  const target = { now: NOW, currency: "eur", productId: "p1", categoryIds: ["mugs"], price: 1000, competitors: quotes }

  it("fires the most specific rule on the lowest undercutting competitor it covers", () => {
    const d = resolveResponse([rule({ id: "any" }), rule({ id: "mugs-x", categoryId: "mugs", competitorId: "x", action: "beat", beatPct: 1 }), rule({ id: "tees", categoryId: "tees" })], target)!
    expect(d).toMatchObject({ ruleId: "mugs-x", competitorId: "x", competitorPrice: 930, stopAtFloor: true })
    expect(d.targetPrice).toBeCloseTo(920.7, 9)
    expect(d.reason).toBe("response rule mugs-x: x at 9.30 EUR undercuts by 7 % (> 5 %), beat it by 1 % down to the floor")
    expect(resolveResponse([rule({ id: "any" })], target)).toMatchObject({ competitorId: "y", targetPrice: 900 })
  })
  it("does not fire under the threshold, on stale quotes or outside its scope", () => {
    expect(resolveResponse([rule({ undercutPct: 12 })], target)).toBeNull()
    expect(resolveResponse([rule({ competitorId: "z" })], target)).toBeNull()
    expect(resolveResponse([rule({ productId: "p2" })], target)).toBeNull()
  })
})
