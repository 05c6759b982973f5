import { etsFilter } from "../ets-core"
import { fitEts } from "../ets-fit"
import { MethodInput } from "../method-types"
import { etsAutoMethod, etsSeasonalMethod, sesMethod } from "../methods/exponential-smoothing"
import { lineRateForecasts, orderRateMethod } from "../methods/order-rate"
import { movingMeanMethod, movingMedianMethod, naiveMethod, seasonalNaiveMethod } from "../methods/simple"
import { compoundPoissonQuantiles, sizeDistribution } from "../../math/compound-poisson"
import { DemandSeries } from "../../series/demand-series"
import { AIR_PASSENGERS, NILE } from "./fixtures"

const input = (series: DemandSeries, origins: number[], horizon = 3, seasonLength = 52): MethodInput => ({ series, y: series.units, lines: series.lines, origins: Int32Array.from(origins), horizon, seasonLength })
const units = (y: number[], missing?: number[]): DemandSeries => ({ units: Float64Array.from(y), missing: missing ? Uint8Array.from(missing) : undefined })

describe("benchmark methods (FPP §5.2)", () => {
  const s = units([3, 5, 7, 0, 9, 11, 2, 4])
  it.each([
    ["naive", naiveMethod, {}, [4, 4, 4]],
    ["mean of 4", movingMeanMethod, { window: 4, sinceFirstSale: false }, [6.5, 6.5, 6.5]],
    ["median of 4", movingMedianMethod, { window: 4, sinceFirstSale: false }, [6.5, 6.5, 6.5]],
    ["median of 3", movingMedianMethod, { window: 3, sinceFirstSale: false }, [4, 4, 4]],
  ])("%s", (_, m, args, want) => {
    const out = (m as typeof movingMeanMethod).evaluate(input(s, [8]), args as never)
    expect(Array.from(out.point)).toEqual(want)
  })
  it("seasonal naive repeats the last season; each row only sees data before its origin", () => {
    const out = seasonalNaiveMethod.evaluate(input(units([1, 2, 3, 4, 5, 6, 7, 8]), [6, 8], 5, 4), {})
    expect(Array.from(out.point.slice(0, 5))).toEqual([3, 4, 5, 6, 3])
    expect(Array.from(out.point.slice(5))).toEqual([5, 6, 7, 8, 5])
  })
  it("missing periods are skipped by averages and by the naive method", () => {
    const g = units([4, 4, 0, 4], [0, 0, 1, 0])
    expect(movingMeanMethod.evaluate(input(g, [4]), { window: 3, sinceFirstSale: false }).point[0]).toBe(4)
    expect(naiveMethod.evaluate(input(units([4, 0], [0, 1]), [2]), {}).point[0]).toBe(4)
  })
  it("sinceFirstSale ignores the zeros before a launch", () => {
    const g = units([0, 0, 0, 6, 6])
    expect(movingMeanMethod.evaluate(input(g, [5]), { window: 4, sinceFirstSale: true }).point[0]).toBe(6)
    expect(movingMeanMethod.evaluate(input(g, [5]), { window: 4, sinceFirstSale: false }).point[0]).toBe(3)
  })
})

describe("exponential smoothing methods", () => {
  it("ses: parameters fitted before the first origin, the filter carries on; analytical sd grows with h", () => {
    const s = units(NILE)
    const out = sesMethod.evaluate({ ...input(s, [90, 100], 4, 1), fitEnd: 90 }, {})
    const fit = fitEts(NILE, 90, { trend: "N", season: "N", m: 1 })
    const manual = new Float64Array(8)
    etsFilter(NILE, 100, fit.spec, fit.params, fit.init, { origins: Int32Array.from([90, 100]), horizon: 4, out: manual })
    expect(Array.from(out.point)).toEqual(Array.from(manual))
    expect(out.sd![3]).toBeGreaterThan(out.sd![0])
  })
  it("ETS with a multiplicative season forecasts 1960 of AirPassengers within 6 % MAPE from 1949–1959", () => {
    const y = AIR_PASSENGERS
    const out = etsSeasonalMethod.evaluate({ ...input(units(y), [132], 12, 12), fitEnd: 132 }, { season: "M", damped: true })
    const mape = y.slice(132).reduce((s, v, h) => s + Math.abs(v - out.point[h]) / v, 0) / 12
    expect(mape).toBeLessThan(0.06)
  })
  it("ets_auto needs two seasons of history and picks a seasonal model for AirPassengers", () => {
    expect(etsAutoMethod.minHistory(12, { seasonal: true, multiplicative: false })).toBe(26)
    const out = etsAutoMethod.evaluate({ ...input(units(AIR_PASSENGERS), [144], 12, 12), fitEnd: 144 }, { seasonal: true, multiplicative: false })
    expect(String(out.params.model)).toMatch(/,A\)$/)
  })
})

describe("order-rate model", () => {
  const lines = [0, 0, 2, 2, 2, 2, 2, 2, 2, 2]
  const sizes = [6, 6, 12, 6, 6, 6, 12, 6, 6, 6, 6, 12, 6, 6, 6, 6]
  const periods = [2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9]
  const y = lines.map((_, t) => sizes.filter((_, i) => periods[i] === t).reduce((a, b) => a + b, 0))
  const series: DemandSeries = { units: Float64Array.from(y), lines: Float64Array.from(lines), sizes: Float64Array.from(sizes), sizePeriods: Int32Array.from(periods) }
  const args = { alpha: 0.3, beta: 0, phi: 0.8, sizeWindow: 52, pointQuantile: 0.5 }
  it("a steady rate of 2 lines a period is what the filter forecasts, from the first sale on", () => {
    const r = lineRateForecasts(input(series, [10]), series.lines!, args)
    r.forEach((v) => expect(v).toBeCloseTo(2, 12))
  })
  it("the point forecast is the compound Poisson median, the mean is rate × mean size", () => {
    const out = orderRateMethod.evaluate(input(series, [10]), args)
    const dist = sizeDistribution(sizes)!
    expect(out.point[0]).toBe(compoundPoissonQuantiles(2, dist, [0.5])[0])
    expect(out.mean![0]).toBeCloseTo(2 * dist.m1, 12)
    const [lo, hi] = out.quantiles!([0.1, 0.9])
    expect(lo[0]).toBeLessThanOrEqual(out.point[0])
    expect(hi[0]).toBeGreaterThanOrEqual(out.point[0])
    expect(out.point[0] % 6).toBe(0)
  })
  it("a new product's first week counts as at most half its rate", () => {
    const s: DemandSeries = { units: Float64Array.from([0, 0, 8]), lines: Float64Array.from([0, 0, 4]), sizes: Float64Array.from([2, 2, 2, 2]), sizePeriods: Int32Array.from([2, 2, 2, 2]) }
    expect(lineRateForecasts(input(s, [3]), s.lines!, args)[0]).toBe(2)
  })
  it("needs lines and sizes", () => {
    expect(orderRateMethod.applicable!({ units: new Float64Array(3) })).toBe(false)
  })
})
