import { compoundPoissonQuantiles, sizeDistribution } from "../math/compound-poisson"
import { DemandSeries } from "../series/demand-series"
import { seriesFromText } from "../series/demand-codec"
import { Calibration } from "./calibrate"
import { ForecastConfig, SeriesForecast, forecastSeries } from "./forecast-series"

/**
 * The unit of work the forecast job hands to a worker thread: series in their text form (see demand-codec) and
 * everything shared (window, closed periods, pooled season, tuned config, calibration), answered with plain,
 * structured-clone-friendly results rounded to 3 decimals. Pure: the same chunk gives the same answer on any thread.
 */
export type ForecastChunkInput = {
  texts: string[]
  periods: number
  /** keep line sizes of the last `sizeWindow` periods only */
  sizeWindow?: number
  missing?: Uint8Array
  seasonalIndex?: Float64Array | null
  config: ForecastConfig
  calibration: Calibration
  priceEffects?: boolean
}

export type ForecastValues = { point: number[]; mean: number[]; lower_80: number[] | null; upper_80: number[] | null; lower_95: number[] | null; upper_95: number[] | null }

export type ForecastResult = {
  method: string
  code: string
  demandClass: string
  intervalSource: string
  params: Record<string, number | string>
  scale: number
  horizonUnits: number
  /** WAPE of the chosen method over its own backtest windows (null when they held no demand) */
  backtestWape: number | null
  elasticity: number | null
  promoLift: number | null
  values: ForecastValues
}

const r3 = (v: number) => Math.round(v * 1000) / 1000

function band(bands: SeriesForecast["intervals"], level: number, side: "lower" | "upper"): number[] | null {
  const b = bands.find((x) => Math.abs(x.level - level) < 1e-9)
  return b ? Array.from(b[side], r3) : null
}

/**
 * Intervals for a forecast that has none (a store too young for backtest errors, a method without a distribution):
 * demand as compound Poisson around the mean forecast, lines at rate mean / (mean line size) with the series' own
 * line sizes (Poisson when it has none). Count demand is at least this variable, so the band is an honest lower
 * bound on the uncertainty rather than no band at all.
 */
export function fallbackIntervals(mean: ArrayLike<number>, series: DemandSeries | undefined, levels: readonly number[]): SeriesForecast["intervals"] {
  const dist = sizeDistribution(series?.sizes?.length ? series.sizes : [1])
  if (!dist || !(dist.m1 > 0)) return []
  const probs = levels.flatMap((l) => [(1 - l) / 2, (1 + l) / 2])
  const rows = Array.from(mean, (m) => (m > 0 ? compoundPoissonQuantiles(m / dist.m1, dist, probs) : new Float64Array(probs.length)))
  return levels.map((level, k) => ({
    level,
    lower: Float64Array.from(rows, (q) => q[2 * k]),
    upper: Float64Array.from(rows, (q) => q[2 * k + 1]),
  }))
}

/**
 * The stored form of one series' forecast; with `series` and `levels`, a forecast without intervals gets the
 * compound Poisson ones (intervalSource "compound_poisson").
 */
export function forecastResult(f: SeriesForecast, series?: DemandSeries, levels: readonly number[] = [0.8, 0.95]): ForecastResult {
  let bands = f.intervals
  let source: string = f.intervalSource
  if (!bands.length && series && f.mean.some((v) => v > 0)) {
    bands = fallbackIntervals(f.mean, series, levels)
    if (bands.length) source = "compound_poisson"
  }
  const chosen = f.backtest.find((b) => b.id === f.method)
  const params: Record<string, number | string> = {}
  for (const [k, v] of Object.entries(f.params)) params[k] = typeof v === "number" ? r3(v) : v
  let horizonUnits = 0
  for (const v of f.mean) horizonUnits += v
  return {
    method: f.method,
    code: f.code,
    demandClass: f.demandClass,
    intervalSource: source,
    params,
    scale: r3(f.scale),
    horizonUnits: r3(horizonUnits),
    backtestWape: chosen && chosen.actual > 0 ? r3(chosen.abs / chosen.actual) : null,
    elasticity: f.priceResponse && f.priceResponse.elasticity !== 0 ? r3(f.priceResponse.elasticity) : null,
    promoLift: f.priceResponse && f.priceResponse.promoLift !== 0 ? r3(f.priceResponse.promoLift) : null,
    values: {
      point: Array.from(f.point, r3),
      mean: Array.from(f.mean, r3),
      lower_80: band(bands, 0.8, "lower"),
      upper_80: band(bands, 0.8, "upper"),
      lower_95: band(bands, 0.95, "lower"),
      upper_95: band(bands, 0.95, "upper"),
    },
  }
}

export function chunkSeries(input: Pick<ForecastChunkInput, "periods" | "sizeWindow" | "missing">, text: string): DemandSeries {
  return seriesFromText(text, input.periods, { missing: input.missing, sizeWindow: input.sizeWindow })
}

export function forecastChunk(input: ForecastChunkInput): ForecastResult[] {
  const config: ForecastConfig = { ...input.config, candidates: input.calibration.candidates }
  const ctx = { seasonalIndex: input.seasonalIndex ?? null, priceEffects: input.priceEffects ?? true }
  return input.texts.map((text) => {
    const series = chunkSeries(input, text)
    return forecastResult(forecastSeries(series, config, input.calibration.prior, ctx), series, config.levels)
  })
}
