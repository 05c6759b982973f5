import { createRng, poissonDraw } from "../../math/prng"
import { DemandSeries } from "../../series/demand-series"
import { syntheticDemandSet } from "../../series/synthetic-demand"
import { backtestOrigins, wape } from "../backtest"
import { calibrateForecast } from "../calibrate"
import { defaultForecastConfig, orderRateGrid } from "../default-config"
import { forecastBatch } from "../forecast-batch"
import { ForecastConfig, forecastSeries, runCandidates } from "../forecast-series"
import { seasonalFactor, seasonalProfile } from "../pooled-season"
import { fitPriceResponse, responseFactor } from "../price-response"
import { DEFAULT_CANDIDATES, resolveCandidate } from "../registry"

describe("backtest helpers", () => {
  it("origins: the last one a horizon before the end, spaced by the step", () => {
    expect(backtestOrigins(49, 4, { windows: 6, step: 2 })).toEqual([35, 37, 39, 41, 43, 45])
    expect(backtestOrigins(8, 4, { windows: 6, step: 2 }, 2)).toEqual([2, 4])
  })
  it("WAPE", () => {
    expect(wape([10, 0, 10], [5, 5, 10])).toBeCloseTo(0.5, 12)
  })
})

describe("registry", () => {
  it("validates arguments against the method's schema", () => {
    expect(() => resolveCandidate({ id: "x", code: "nope" })).toThrow(RangeError)
    expect(() => resolveCandidate({ id: "x", code: "moving_mean", args: { window: 0 } })).toThrow(/bad arguments/)
    expect(resolveCandidate({ id: "m", code: "moving_mean", args: { window: 6 } }).args).toEqual({ window: 6, sinceFirstSale: false })
  })
})

describe("pooled seasonal profile", () => {
  it("recovers a day-of-week pattern from an aggregate and normalises it to mean 1", () => {
    const pattern = [1.2, 1.1, 1.0, 1.0, 1.3, 0.4, 1.0]
    const agg = Array.from({ length: 70 }, (_, t) => 100 * (1 + 0.002 * t) * pattern[t % 7])
    const idx = seasonalProfile(agg, 7)!
    const mean = pattern.reduce((a, b) => a + b, 0) / 7
    pattern.forEach((p, j) => expect(idx[j]).toBeCloseTo(p / mean, 2))
    expect(seasonalFactor(idx, 12)).toBe(idx[5])
    expect(seasonalProfile(agg.slice(0, 10), 7)).toBeNull()
  })
})

describe("price and promotion response", () => {
  it("recovers a constant elasticity of −2 and a promotion lift of 0.4 from noiseless data", () => {
    const n = 40
    const price = Float64Array.from({ length: n }, (_, t) => 1000 * (t % 4 === 0 ? 0.8 : t % 4 === 1 ? 1.1 : 1))
    const promo = Float64Array.from({ length: n }, (_, t) => (t % 5 === 0 ? 1 : 0))
    const units = Float64Array.from({ length: n }, (_, t) => 50 * Math.pow(price[t] / 1000, -2) * Math.exp(0.4 * promo[t]))
    const r = fitPriceResponse(units, price, promo)!
    expect(r.elasticity).toBeCloseTo(-2, 2)
    expect(r.promoLift).toBeCloseTo(0.4, 2)
    // a price 10 % under the reference sells (1/0.9)^2 as much
    expect(responseFactor(r, r.refPrice * 0.9, 0)).toBeCloseTo(Math.pow(0.9, -2), 2)
  })
  it("no price variation and no promotion: no response to estimate", () => {
    expect(fitPriceResponse(new Float64Array(20).fill(5), new Float64Array(20).fill(1000), new Float64Array(20))).toBeNull()
  })
})

const weekly = (y: number[]): DemandSeries => {
  const lines = y.map((v) => (v > 0 ? Math.max(1, Math.round(v / 3)) : 0))
  const sizes: number[] = []
  const periods: number[] = []
  y.forEach((v, t) => {
    if (!lines[t]) return
    const each = v / lines[t]
    for (let k = 0; k < lines[t]; k++) (sizes.push(each), periods.push(t))
  })
  return { units: Float64Array.from(y), lines: Float64Array.from(lines), sizes: Float64Array.from(sizes), sizePeriods: Int32Array.from(periods) }
}

describe("forecastSeries", () => {
  const config: ForecastConfig = defaultForecastConfig("week", 4, { seasonLength: 12, priorWeight: 0 })
  it("a strongly seasonal series with two seasons of history picks a seasonal method", () => {
    const y = Array.from({ length: 48 }, (_, t) => Math.round(100 + 80 * Math.sin((2 * Math.PI * t) / 12)))
    const f = forecastSeries(weekly(y), config)
    expect(["seasonal_naive", "ets_auto"]).toContain(f.method)
    const truth = [48, 49, 50, 51].map((t) => Math.round(100 + 80 * Math.sin((2 * Math.PI * t) / 12)))
    expect(wape(truth, f.point)).toBeLessThan(0.05)
  })
  it("every candidate is scored on the backtest windows and the chosen one has the lowest error without a prior", () => {
    const rng = createRng(5)
    const y = Array.from({ length: 40 }, () => poissonDraw(rng, 4))
    const f = forecastSeries(weekly(y), config)
    const best = Math.min(...f.backtest.map((b) => b.abs))
    expect(f.backtest.find((b) => b.id === f.method)!.abs).toBe(best)
    expect(f.point).toHaveLength(4)
    expect(f.intervals.map((b) => b.level)).toEqual([0.8, 0.95])
    f.intervals[0].lower.forEach((lo, h) => expect(lo).toBeLessThanOrEqual(f.intervals[0].upper[h]))
  })
  it("a planned price cut raises the forecast when the history shows a price response", () => {
    const n = 40
    const price = Float64Array.from({ length: n }, (_, t) => (t % 3 === 0 ? 800 : 1000))
    const y = Array.from(price, (p) => Math.round(40 * Math.pow(p / 1000, -2)))
    const s = { ...weekly(y), price }
    const only = { ...config, candidates: [{ id: "mean_4", code: "moving_mean", args: { window: 4, sinceFirstSale: false } }] }
    const flat = forecastSeries(s, only, undefined, { plan: { price: [1000, 1000, 1000, 1000] } })
    const cut = forecastSeries(s, only, undefined, { plan: { price: [800, 800, 800, 800] } })
    expect(flat.priceResponse!.elasticity).toBeCloseTo(-2, 1)
    expect(cut.point[0] / flat.point[0]).toBeCloseTo(Math.pow(0.8, -2), 1)
  })
  it("a pooled season multiplies the forecast by the target period's index", () => {
    const index = Float64Array.from([2, 0.5, 1, 0.5])
    const y = Array.from({ length: 24 }, (_, t) => 10 * index[t % 4])
    const only = { ...config, seasonLength: 4, candidates: [{ id: "mean_4", code: "moving_mean", args: { window: 4, sinceFirstSale: false } }] }
    const f = forecastSeries(weekly(y), only, undefined, { seasonalIndex: index })
    Array.from(f.point).forEach((v, h) => expect(v).toBeCloseTo(10 * index[(24 + h) % 4], 9))
  })
})

describe("calibration and batch", () => {
  const series = syntheticDemandSet(300, { periods: 60, seed: 11 })
  const config = defaultForecastConfig("week", 4)
  it("tuning picks the grid point with the lowest pooled backtest error", () => {
    const grid = { id: "order_rate", grid: [{ pointQuantile: 0.5 }, { pointQuantile: 0.98 }] }
    const cal = calibrateForecast(series, { ...config, candidates: DEFAULT_CANDIDATES.filter((c) => c.id === "mean_4" || c.id === "order_rate") }, { tune: [grid] })
    expect(cal.tuning[0].args.pointQuantile).toBe(0.5)
    expect(cal.candidates.find((c) => c.id === "order_rate")!.args!.pointQuantile).toBe(0.5)
    // the reference candidate has relative loss 1 in every class
    for (const loss of Object.values(cal.prior.classLoss)) expect(loss!.mean_4).toBe(1)
    expect(cal.prior.errorQuantiles.lumpy![0].lower).toHaveLength(4)
  })
  it("the batch is deterministic and streams", () => {
    const a = forecastBatch(series.slice(0, 120), { config, tune: [orderRateGrid("week")], calibrationSample: 60, tuneSample: 30, seed: 3 })
    const got: number[] = []
    const b = forecastBatch(series.slice(0, 120), { config, tune: [orderRateGrid("week")], calibrationSample: 60, tuneSample: 30, seed: 3, onForecast: (i, f) => got.push(f.point[0]) })
    expect(b.forecasts).toHaveLength(0)
    expect(got).toEqual(a.forecasts.map((f) => f.point[0]))
    expect(b.calibration).toEqual(a.calibration)
  })
  it("with a prior, hopeless candidates for the class are not run", () => {
    const cal = calibrateForecast(series, config)
    const s = series.find((x) => runCandidates(x, config).demandClass === "lumpy")!
    const all = runCandidates(s, config).runs.length
    const pruned = runCandidates(s, { ...config, pruneRatio: 1.01 }, {}, cal.prior).runs.length
    expect(pruned).toBeLessThan(all)
  })
})

describe("daily granularity with a pooled day-of-week profile", () => {
  it("a sparse daily series borrows its group's weekday pattern (no sales on Saturdays)", () => {
    const pattern = [1.3, 1.2, 1.1, 1.2, 1.2, 0, 1.0] // Monday .. Sunday, day 0 a Monday
    const rng = createRng(9)
    const members = Array.from({ length: 40 }, () => Array.from({ length: 84 }, (_, t) => poissonDraw(rng, 0.6 * pattern[t % 7])))
    const agg = members[0].map((_, t) => members.reduce((a, m) => a + m[t], 0))
    const index = seasonalProfile(agg, 7)!
    expect(index[5]).toBeLessThan(0.05)
    const config = defaultForecastConfig("day", 7)
    const f = forecastSeries(weekly(members[3]), config, undefined, { seasonalIndex: index })
    // day 84 is a Monday: the Saturday forecast (h = 5) is (nearly) zero, below every weekday's
    expect(f.mean[5]).toBeLessThan(0.05 * Math.max(...f.mean))
    for (const h of [0, 1, 2, 3, 4]) expect(f.mean[h]).toBeGreaterThan(f.mean[5])
  })
})

describe("edge cases", () => {
  const config = defaultForecastConfig("week", 4)
  it.each([
    ["no history", []],
    ["one period", [5]],
    ["all zeros", [0, 0, 0, 0, 0, 0]],
    ["one sale long ago", [0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]],
  ])("%s: a finite, non-negative forecast", (_, y) => {
    const s: DemandSeries = { units: Float64Array.from(y as number[]), lines: Float64Array.from((y as number[]).map((v) => (v > 0 ? 1 : 0))), sizes: Float64Array.from((y as number[]).filter((v) => v > 0)), sizePeriods: Int32Array.from((y as number[]).flatMap((v, t) => (v > 0 ? [t] : []))) }
    const f = forecastSeries(s, config)
    expect(f.point).toHaveLength(4)
    for (const v of [...f.point, ...f.mean]) {
      expect(Number.isFinite(v)).toBe(true)
      expect(v).toBeGreaterThanOrEqual(0)
    }
  })
})
