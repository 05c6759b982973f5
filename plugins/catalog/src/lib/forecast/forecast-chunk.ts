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

function band(f: SeriesForecast, level: number, side: "lower" | "upper"): number[] | null {
  const b = f.intervals.find((x) => Math.abs(x.level - level) < 1e-9)
  return b ? Array.from(b[side], r3) : null
}

/** The stored form of one series' forecast. */
export function forecastResult(f: SeriesForecast): ForecastResult {
  const chosen = f.backtest.find((b) => b.id === f.method)
  const params: Record<string, number | string> = {}
  for (const [k, v] of Object.entries(f.params)) params[k] = typeof v === "number" ? r3(v) : v
  let horizonUnits = 0
  for (const v of f.mean) horizonUnits += v
  return {
    method: f.method,
    code: f.code,
    demandClass: f.demandClass,
    intervalSource: f.intervalSource,
    params,
    scale: r3(f.scale),
    horizonUnits: r3(horizonUnits),
    backtestWape: chosen && chosen.actual > 0 ? r3(chosen.abs / chosen.actual) : null,
    elasticity: f.priceResponse && f.priceResponse.elasticity !== 0 ? r3(f.priceResponse.elasticity) : null,
    promoLift: f.priceResponse && f.priceResponse.promoLift !== 0 ? r3(f.priceResponse.promoLift) : null,
    values: {
      point: Array.from(f.point, r3),
      mean: Array.from(f.mean, r3),
      lower_80: band(f, 0.8, "lower"),
      upper_80: band(f, 0.8, "upper"),
      lower_95: band(f, 0.95, "lower"),
      upper_95: band(f, 0.95, "upper"),
    },
  }
}

export function chunkSeries(input: Pick<ForecastChunkInput, "periods" | "sizeWindow" | "missing">, text: string): DemandSeries {
  return seriesFromText(text, input.periods, { missing: input.missing, sizeWindow: input.sizeWindow })
}

export function forecastChunk(input: ForecastChunkInput): ForecastResult[] {
  const config: ForecastConfig = { ...input.config, candidates: input.calibration.candidates }
  const ctx = { seasonalIndex: input.seasonalIndex ?? null, priceEffects: input.priceEffects ?? true }
  return input.texts.map((text) => forecastResult(forecastSeries(chunkSeries(input, text), config, input.calibration.prior, ctx)))
}
