import { createRng } from "../../math/prng"
import { matchControls, type WeeklyMetrics } from "../match-controls"
import { estimatePriceChangeEffect } from "../price-change-effect"
import { createWeeklyMetricsBuilder, metricLineFromFact } from "../weekly-metrics"

const W = 16
const metrics = (productId: string, categoryId: string | null, units: number[], opts: { price?: number; cost?: number; changed?: number[] } = {}): WeeklyMetrics => {
  const price = opts.price ?? 1000
  const cost = opts.cost ?? 600
  const changed = new Uint8Array(units.length)
  for (const w of opts.changed ?? []) changed[w] = 1
  return {
    productId,
    categoryId,
    units: Float64Array.from(units),
    revenue: Float64Array.from(units, (u) => u * price),
    margin: Float64Array.from(units, (u) => u * (price - cost)),
    priceChanged: changed,
  }
}
const flat = (pre: number, post: number, change = 8, n = W) => Array.from({ length: n }, (_, w) => (w < change ? pre : post))

describe("difference in differences", () => {
  it("matches a hand-worked example", () => {
    // treated 100 → 90 units/week at the change, controls 50 → 55: (90 − 100) − (55 − 50) = −15 units/week;
    // counterfactual post 100 + 5 = 105, so −14.29 %. Revenue at 10.00: −150.00/week; margin at 4.00: −60.00/week.
    const series = [
      metrics("t", "mugs", flat(100, 90), { changed: [8] }),
      metrics("c1", "mugs", flat(50, 55)),
      metrics("c2", "mugs", flat(60, 65)),
    ]
    const r = estimatePriceChangeEffect(series, [{ productId: "t", changeWeek: 8 }], { bootstrap: 200 })
    const p = r.products[0]
    expect(p.controls.map((c) => c.productId).sort()).toEqual(["c1", "c2"])
    expect(p.units.effect).toBeCloseTo(-15, 12)
    expect(p.units.counterfactualPost).toBeCloseTo(105, 12)
    expect(p.units.relativePct).toBeCloseTo((-15 / 105) * 100, 10)
    expect(p.revenue.effect).toBeCloseTo(-15_000, 9)
    expect(p.margin.effect).toBeCloseTo(-6_000, 9)
    // no noise anywhere: every bootstrap replicate is the same
    expect([p.units.ciLow, p.units.ciHigh]).toEqual([expect.closeTo(-15, 9), expect.closeTo(-15, 9)])
    expect(r.total!.units.effect).toBeCloseTo(-15, 12)
  })

  it("recovers a planted effect through a shock that hits the whole category", () => {
    const rng = createRng(3)
    const weeks = 20
    const change = 12
    const shock = (w: number) => (w >= change ? 15 : 0) // the season turns for everyone at the change
    const gen = (id: string, level: number, effect: number, changed: number[] = []) =>
      metrics(id, "mugs", Array.from({ length: weeks }, (_, w) => level + shock(w) + (w >= change ? effect : 0) + 4 * rng.normal()), { changed })
    const series = [gen("t", 100, -20, [change]), ...Array.from({ length: 8 }, (_, i) => gen(`c${i}`, 80 + 6 * i, 0)), gen("other", 100, 0)]
    series[series.length - 1].categoryId = "tees"
    const r = estimatePriceChangeEffect(series, [{ productId: "t", changeWeek: change }], { preWeeks: 8, postWeeks: 6, controls: 5, seed: 1 })
    const u = r.products[0].units
    expect(u.ciLow).toBeLessThan(-20)
    expect(u.ciHigh).toBeGreaterThan(-20)
    expect(u.ciHigh).toBeLessThan(0) // the drop is detected
    expect(u.treatedPost - u.treatedPre).toBeGreaterThan(-10) // a naive before/after would see only about −5
    expect(r.products[0].controls.map((c) => c.productId)).not.toContain("other")
    // seeded: the same seed gives the same interval
    const again = estimatePriceChangeEffect(series, [{ productId: "t", changeWeek: change }], { preWeeks: 8, postWeeks: 6, controls: 5, seed: 1 })
    expect(again).toEqual(r)
  })

  it("sums a batch and reports what it could not evaluate", () => {
    const series = [
      metrics("t1", "mugs", flat(100, 90), { changed: [8] }),
      metrics("t2", "mugs", flat(40, 50), { changed: [8] }),
      metrics("c1", "mugs", flat(50, 55)),
      metrics("c2", "mugs", flat(60, 60), { changed: [3] }), // changed inside the window: not a control
      metrics("lonely", "vases", flat(10, 5), { changed: [8] }),
    ]
    const r = estimatePriceChangeEffect(
      series,
      [
        { productId: "t1", changeWeek: 8 },
        { productId: "t2", changeWeek: 8 },
        { productId: "lonely", changeWeek: 8 },
        { productId: "t1", changeWeek: 2 },
        { productId: "ghost", changeWeek: 8 },
      ],
      { bootstrap: 50 }
    )
    expect(r.products.map((p) => [p.productId, p.controls.map((c) => c.productId), p.units.effect])).toEqual([
      ["t1", ["c1"], -15],
      ["t2", ["c1"], 5],
    ])
    expect(r.total!.units.effect).toBeCloseTo(-10, 12)
    expect(r.skipped.map((s) => s.productId)).toEqual(["lonely", "t1", "ghost"])
    expect(r.skipped[0].reason).toMatch(/no product of category vases/)
    expect(r.skipped[1].reason).toMatch(/needs 8 weeks before/)
  })
})

describe("control matching", () => {
  it("picks the nearest by pre-period level and trend", () => {
    const up = (base: number, slope: number) => Array.from({ length: W }, (_, w) => base * Math.exp(slope * w))
    const t = metrics("t", "mugs", up(100, 0.05), { changed: [8] })
    const cands = [
      metrics("same-shape", "mugs", up(95, 0.05)),
      metrics("flat", "mugs", up(100, 0)),
      metrics("small-rising", "mugs", up(20, 0.05)),
      metrics("other-category", "tees", up(100, 0.05)),
    ]
    const m = matchControls(t, cands, { preFrom: 0, changeWeek: 8, to: 12 }, 2, new Set())
    expect(m.map((x) => x.productId)).toEqual(["same-shape", "flat"])
    expect(m[0].distance).toBeLessThan(m[1].distance)
  })
})

describe("weekly metrics from order lines", () => {
  it("aligns products on one calendar with zeros for weeks without sales and marks price changes", () => {
    const from = Date.UTC(2024, 0, 3) // a Wednesday: its week starts Monday 1 January
    const b = createWeeklyMetricsBuilder(from, 4)
    const day = 86_400_000
    const fact = (product_id: string | null, quantity: number, at: number) =>
      metricLineFromFact({ product_id, category_id: "mugs", quantity, total: quantity * 1000, margin: quantity * 400, placed_at: new Date(at) })
    for (const l of [fact("a", 2, Date.UTC(2024, 0, 1)), fact("a", 3, Date.UTC(2024, 0, 7, 23)), fact("a", 1, Date.UTC(2024, 0, 22)), fact("b", 5, Date.UTC(2024, 0, 9)), fact("a", 9, Date.UTC(2024, 1, 1))]) {
      if (l) b.add(l)
    }
    expect(fact(null, 1, from)).toBeNull()
    b.markPriceChange("a", "mugs", Date.UTC(2024, 0, 15) + day)
    const [a, bb] = b.build()
    expect(Array.from(a.units)).toEqual([5, 0, 0, 1]) // 1 February is past the 4 weeks
    expect(Array.from(a.revenue)).toEqual([5000, 0, 0, 1000])
    expect(Array.from(a.margin)).toEqual([2000, 0, 0, 400])
    expect(Array.from(a.priceChanged)).toEqual([0, 0, 1, 0])
    expect(Array.from(bb.units)).toEqual([0, 5, 0, 0])
    expect(b.weekOf(Date.UTC(2024, 0, 15))).toBe(2)
    expect(b.weekStart(1)).toBe(Date.UTC(2024, 0, 8))
  })
})
