import { createRng, sampleIndices } from "../math/prng"
import { DemandSeries } from "../series/demand-series"
import { Calibration, TuneSpec, calibrateForecast } from "./calibrate"
import { ForecastConfig, SeriesContext, SeriesForecast, forecastSeries } from "./forecast-series"

/**
 * The forecast job's loop: calibrate on a seeded sample (or reuse a stored calibration), then forecast every
 * series independently, so a caller can page series in from the database and stream results out. Deterministic
 * for the same series, config and seed.
 */
export type SeriesSource = { length: number; get(i: number): DemandSeries }

export type BatchOptions = {
  config: ForecastConfig
  tune?: TuneSpec[]
  /** series used for calibration (default 5,000, all when fewer) */
  calibrationSample?: number
  /** of those, series used to tune grids (default 1,000) */
  tuneSample?: number
  seed?: number
  context?: (i: number) => SeriesContext
  /** reuse a calibration (e.g. last night's) instead of computing one */
  calibration?: Calibration
  /** receive each forecast instead of collecting them all */
  onForecast?: (i: number, f: SeriesForecast) => void
}

export function forecastBatch(source: SeriesSource | DemandSeries[], options: BatchOptions): { calibration: Calibration; forecasts: SeriesForecast[] } {
  const src: SeriesSource = Array.isArray(source) ? { length: source.length, get: (i) => source[i] } : source
  const ctx = options.context ?? (() => ({}))
  let calibration = options.calibration
  if (!calibration) {
    const idx = sampleIndices(src.length, options.calibrationSample ?? 5000, createRng(options.seed ?? 1))
    const sample = Array.from(idx, (i) => src.get(i))
    calibration = calibrateForecast(sample, options.config, { tune: options.tune, context: (k) => ctx(idx[k]), tuneSample: options.tuneSample ?? 1000 })
  }
  const tuned: ForecastConfig = { ...options.config, candidates: calibration.candidates }
  const forecasts: SeriesForecast[] = []
  for (let i = 0; i < src.length; i++) {
    const f = forecastSeries(src.get(i), tuned, calibration.prior, ctx(i))
    if (options.onForecast) options.onForecast(i, f)
    else forecasts.push(f)
  }
  return { calibration, forecasts }
}
