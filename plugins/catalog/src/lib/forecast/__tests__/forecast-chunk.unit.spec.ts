import { createRng } from "../../math/prng"
import { encodePeriodRows, seriesFromText } from "../../series/demand-codec"
import { syntheticDemandSeries } from "../../series/synthetic-demand"
import { calibrateForecast } from "../calibrate"
import { defaultForecastConfig } from "../default-config"
import { forecastChunk, forecastResult } from "../forecast-chunk"
import { forecastSeries } from "../forecast-series"

/** Synthetic series in the text form the job reads, with a net price of 10.00 and no promotions. */
function texts(n: number, periods: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const s = syntheticDemandSeries(createRng(31 * 1_000_003 + i), { periods })
    let k = 0
    const rows = []
    for (let t = 0; t < periods; t++) {
      const lines = s.lines![t]
      if (s.units[t] > 0) rows.push({ t, units: s.units[t], lines, revenue: s.units[t] * 1000, sizes: Array.from(s.sizes!.slice(k, k + lines)) })
      k += lines
    }
    return encodePeriodRows(rows)
  })
}

describe("forecast chunk (the unit of work of a forecast worker thread)", () => {
  const periods = 60
  const config = defaultForecastConfig("week", 4)
  const input = texts(40, periods)
  const calibration = calibrateForecast(input.map((t) => seriesFromText(t, periods)), config)

  it("gives each series the forecast forecastSeries gives it, rounded to 3 decimals", () => {
    const out = forecastChunk({ texts: input, periods, config, calibration })
    expect(out).toHaveLength(40)
    const tuned = { ...config, candidates: calibration.candidates }
    for (const i of [0, 7, 39]) {
      const series = seriesFromText(input[i], periods)
      const direct = forecastResult(forecastSeries(series, tuned, calibration.prior, { priceEffects: true }), series, config.levels)
      expect(out[i]).toEqual(direct)
    }
  })

  it("stores point, mean and both interval bands per horizon step, non-negative and ordered", () => {
    const out = forecastChunk({ texts: input, periods, config, calibration })
    for (const r of out) {
      expect(r.values.point).toHaveLength(4)
      expect(r.values.mean).toHaveLength(4)
      if (r.values.lower_80 && r.values.upper_80 && r.values.lower_95 && r.values.upper_95) {
        for (let h = 0; h < 4; h++) {
          expect(r.values.lower_95[h]).toBeLessThanOrEqual(r.values.lower_80[h] + 1e-9)
          expect(r.values.lower_80[h]).toBeGreaterThanOrEqual(0)
          expect(r.values.upper_80[h]).toBeLessThanOrEqual(r.values.upper_95[h] + 1e-9)
        }
      }
      expect(r.horizonUnits).toBeCloseTo(r.values.mean.reduce((a, b) => a + b, 0), 2)
      // a constant price carries no price effect to report
      expect(r.elasticity).toBeNull()
    }
    const chosen = new Set(out.map((r) => r.method))
    expect(chosen.size).toBeGreaterThanOrEqual(1)
    for (const m of chosen) expect(calibration.candidates.map((c) => c.id)).toContain(m)
  })

  it("a store too young for backtest errors still gets intervals: compound Poisson on the series' line sizes", () => {
    // one series of 3 weeks: no backtest window, no pooled errors
    const text = encodePeriodRows([0, 1, 2].map((t) => ({ t, units: 4, lines: 2, sizes: [1, 3] })))
    const young = seriesFromText(text, 3)
    const cal = calibrateForecast([young], config)
    const [r] = forecastChunk({ texts: [text], periods: 3, config, calibration: cal })
    expect(r.intervalSource).toBe("compound_poisson")
    expect(r.values.mean[0]).toBeCloseTo(4, 6)
    // lines at rate 2 a week with sizes 1 and 3 equally likely: P(D = 0) = e^-2 ≈ 0.135 > 0.1, so the 80 % band
    // starts at 0; D is a sum of 1s and 3s, its 90 % quantile 8 (P(D ≤ 7) = 0.870, P(D ≤ 8) = 0.905, summing
    // Poisson(2) line counts × binomial splits into 1s and 3s)
    expect(r.values.lower_80![0]).toBe(0)
    expect(r.values.upper_80![0]).toBe(8)
    expect(r.values.upper_95![0]).toBeGreaterThanOrEqual(r.values.upper_80![0])
  })

  it("a series with no sale at all gets a zero forecast, not an error", () => {
    const [r] = forecastChunk({ texts: [""], periods, config, calibration })
    expect(r.values.point).toEqual([0, 0, 0, 0])
    expect(r.demandClass).toBe("inactive")
  })
})
