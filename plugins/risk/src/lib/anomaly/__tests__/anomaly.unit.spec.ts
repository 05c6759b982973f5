import { createRng } from "../../math/prng"
import { syntheticKpiSeries } from "../../synthetic/synthetic-kpis"
import { detectSeriesAnomalies, severityOf, type SeriesAnomalies } from "../detect-anomalies"
import { epochDay, isoDay, weekday } from "../epoch-day"
import { groupIncidents } from "../group-incidents"
import { KPI_METRICS, kpiSeriesFromRollups, runKpiAnomalies } from "../kpi-metrics"
import { BaselineFitter } from "../robust-baseline"

const START = epochDay("2023-01-02") // a Monday
const EFFECT = [8, 0, 1, 2, 3, 4, -6] // Sunday … Saturday

describe("epoch days", () => {
  it("counts days from 1970-01-01 (a Thursday) and refuses dates that do not exist", () => {
    expect(epochDay("1970-01-01")).toBe(0)
    expect(weekday(0)).toBe(4)
    expect(weekday(START)).toBe(1)
    expect(isoDay(epochDay("2024-02-29"))).toBe("2024-02-29")
    expect(() => epochDay("2023-02-29")).toThrow(RangeError)
    expect(() => epochDay("2023/01/01")).toThrow(RangeError)
  })
})

describe("robust seasonal baseline", () => {
  // level 100, +2 a week, weekday effects: the fit must reproduce it exactly
  const clean = Float64Array.from({ length: 120 }, (_, i) => 100 + (2 * i) / 7 + EFFECT[weekday(START + i)])

  it("reproduces a noise-free weekly pattern with a trend", () => {
    const f = new BaselineFitter({ minScale: 0.01 })
    for (const target of [60, 61, 65, 119]) {
      const fit = f.fit(clean, START, target)!
      expect(fit.expected).toBeCloseTo(clean[target], 6)
      expect(fit.scale).toBe(0.01)
    }
  })

  it("ignores outliers in its window (a past outage does not move the baseline)", () => {
    const dirty = Float64Array.from(clean)
    for (const i of [70, 71, 72, 80]) dirty[i] = 5
    dirty[75] = 900
    const fit = new BaselineFitter({ minScale: 0.01 }).fit(dirty, START, 90)!
    expect(fit.expected).toBeCloseTo(clean[90], 6)
    expect(fit.used).toBe(51)
  })

  it("estimates the noise of a new day, not just of the fitted days", () => {
    const rng = createRng(9)
    const noisy = Float64Array.from(clean, (v) => v + 3 * rng.normal())
    const f = new BaselineFitter({ minScale: 0.01 })
    const errors: number[] = []
    const scales: number[] = []
    for (let t = 56; t < 120; t++) {
      const fit = f.fit(noisy, START, t)!
      errors.push((noisy[t] - fit.expected) / fit.scale)
      scales.push(fit.scale)
    }
    const sd = Math.sqrt(errors.reduce((a, b) => a + b * b, 0) / errors.length)
    expect(sd).toBeGreaterThan(0.75)
    expect(sd).toBeLessThan(1.25)
    const mid = [...scales].sort((x, y) => x - y)[scales.length >> 1]
    expect(mid).toBeGreaterThan(3 * 0.85) // σ = 3, widened a little for the fit's own error
    expect(mid).toBeLessThan(3 * 1.3)
  })

  it("needs four weeks of history and two days of the same weekday", () => {
    const f = new BaselineFitter()
    expect(f.fit(clean, START, 27)).toBeNull()
    expect(f.fit(clean, START, 28)).not.toBeNull()
    const gappy = Float64Array.from(clean, (v, i) => (weekday(START + i) === 3 && i < 50 ? NaN : v))
    expect(f.fit(gappy, START, 44)).toBeNull() // a Wednesday with no Wednesday before it
  })

  it("leaves a weekday that is always the same (a shop closed on Saturdays) out of the scale", () => {
    const rng = createRng(4)
    const closed = Float64Array.from(clean, (v, i) => (weekday(START + i) === 6 ? 0 : v + rng.normal()))
    const fit = new BaselineFitter().fit(closed, START, 100)!
    expect(fit.scale).toBeGreaterThan(0.8)
    expect(new BaselineFitter().fit(closed, START, 103)!.expected).toBeCloseTo(0, 6) // day 103 is a Saturday
  })
})

describe("anomalies in daily KPIs", () => {
  const startDay = epochDay("2023-01-01")
  const OUTAGE = 400
  const SPIKE = 600
  const series = syntheticKpiSeries({
    seed: 7,
    startDay,
    days: 730,
    events: [
      { day: OUTAGE, days: 2, metrics: "traffic", factor: 0.15 },
      { day: SPIKE, metrics: ["promotion_burn"], factor: 4 },
    ],
  })
  const run = runKpiAnomalies(Object.values(series))

  it("finds a planted two-day outage as one critical incident over the metrics it moved", () => {
    const outage = run.incidents.find((i) => i.startDay === startDay + OUTAGE)!
    expect(outage).toBeDefined()
    expect(outage.endDay).toBe(startDay + OUTAGE + 1)
    expect(outage.metrics).toEqual(["event_volume", "gmv", "orders"])
    expect(outage.direction).toBe("down")
    expect(outage.severity).toBe("critical")
    expect(outage.summary).toMatch(/^(GMV|orders|event volume) −8\d %.* on 2024-02-0[56] \(2 days from 2024-02-05, critical\)$/)
    // conversion is orders per session: a traffic outage leaves it alone
    expect(outage.points.some((p) => p.metric === "conversion")).toBe(false)
  })

  it("keeps an unrelated promotion spike its own alert and raises few false ones", () => {
    const spike = run.incidents.find((i) => i.startDay === startDay + SPIKE)!
    expect(spike.metrics).toEqual(["promotion_burn"])
    expect(spike.direction).toBe("up")
    expect(spike.peak.observed / spike.peak.expected).toBeGreaterThan(3)
    // 2 years × 7 metrics of noise with weekly seasonality and a trend: at most a couple of false incidents
    expect(run.incidents.length - 2).toBeLessThanOrEqual(2)
  })

  it("is causal: later days do not change an earlier day's score", () => {
    const short = detectSeriesAnomalies({ ...series.gmv, values: Array.from(series.gmv.values).slice(0, 300) }, KPI_METRICS.gmv)
    const full = run.series.find((s) => s.metric === "gmv")!
    expect(Array.from(short.scores).slice(100, 300)).toEqual(Array.from(full.scores).slice(100, 300))
  })

  it("scores only the last days with the same numbers (the nightly job)", () => {
    const full = run.series.find((s) => s.metric === "orders")!
    const tail = detectSeriesAnomalies(series.orders, KPI_METRICS.orders, { fromIndex: 700 })
    expect(Array.from(tail.scores).slice(700)).toEqual(Array.from(full.scores).slice(700))
    expect(Number.isNaN(tail.scores[699])).toBe(true)
  })

  it("alerts only in a metric's direction", () => {
    const values = Float64Array.from({ length: 100 }, (_, i) => 0.03 + 0.002 * Math.sin(i))
    values[90] = 0.001
    values[95] = 0.2
    const r = detectSeriesAnomalies({ metric: "refund_rate", startDay, values }, KPI_METRICS.refund_rate)
    expect(r.anomalies.map((a) => [a.day - startDay, a.direction])).toEqual([[95, "up"]])
    expect(r.scores[90]).toBeLessThan(-4)
  })

  it("bands severities", () => {
    expect([3.9, 4, 6, 9.9, 10].map((z) => severityOf(z))).toEqual([null, "warning", "major", "major", "critical"])
  })
})

describe("grouping anomalies into incidents", () => {
  // two metrics; a and b move together every day (correlated), c does not
  const rng = createRng(2)
  const n = 60
  const common = Float64Array.from({ length: n }, () => rng.normal())
  const mk = (metric: string, scores: Float64Array, days: number[]): SeriesAnomalies => ({
    metric,
    startDay: 1000,
    expected: new Float64Array(n).fill(100),
    scores,
    anomalies: days.map((d) => ({ metric, day: 1000 + d, date: isoDay(1000 + d), observed: 10, expected: 100, score: -8, direction: "down", severity: "major" })),
  })
  const a = mk("a", Float64Array.from(common, (v) => v + 0.3 * rng.normal()), [10, 11, 13, 40])
  const b = mk("b", Float64Array.from(common, (v) => v + 0.3 * rng.normal()), [13, 14])
  const c = mk("c", Float64Array.from({ length: n }, () => rng.normal()), [13])

  it("joins near-consecutive days and correlated metrics, chaining overlaps", () => {
    const inc = groupIncidents([a, b, c])
    expect(inc.map((i) => [i.start, i.end, i.metrics.join("+")])).toEqual([
      [isoDay(1010), isoDay(1014), "a+b"],
      [isoDay(1013), isoDay(1013), "c"],
      [isoDay(1040), isoDay(1040), "a"],
    ])
    expect(inc[0].key).toBe(`${isoDay(1010)}:a`)
    expect(inc[0].summary).toBe(`a −90 % on ${isoDay(1010)} (5 days from ${isoDay(1010)}, major)`)
  })

  it("joins every same-day pair with minCorrelation 0 and splits gaps above maxGapDays", () => {
    expect(groupIncidents([a, b, c], { minCorrelation: 0 }).length).toBe(2)
    expect(groupIncidents([a], { maxGapDays: 0 }).map((i) => i.points.length)).toEqual([2, 1, 1])
  })
})

describe("KPI series from core's rollups", () => {
  it("sums rows per day and leaves rates missing without a denominator", () => {
    const s = kpiSeriesFromRollups(
      {
        sales: [
          { day: "2024-03-01", orders: 10, gross: 50000, discount: 2000, refunded_orders: 1 },
          { day: "2024-03-01", orders: 5, gross: 25000, discount: 0, refunded_orders: 2 },
          { day: "2024-03-03", orders: 8, gross: 40000, discount: 100, refunded_orders: 0 },
        ],
        traffic: [{ day: "2024-03-01", events: 900, sessions: 300, sessions_ordered: 12 }],
        priceChanges: [{ day: "2024-03-02", count: 7 }],
      },
      "2024-03-01",
      "2024-03-03",
    )
    expect(Array.from(s.gmv.values)).toEqual([75000, 0, 40000])
    expect(Array.from(s.orders.values)).toEqual([15, 0, 8])
    expect(Array.from(s.refund_rate.values)).toEqual([0.2, NaN, 0])
    expect(Array.from(s.conversion.values)).toEqual([0.04, NaN, NaN])
    expect(Array.from(s.promotion_burn.values)).toEqual([2000, 0, 100])
    expect(Array.from(s.price_changes.values)).toEqual([0, 7, 0])
    expect(Array.from(s.event_volume.values)).toEqual([900, 0, 0])
    expect(s.gmv.startDay).toBe(epochDay("2024-03-01"))
  })
})
