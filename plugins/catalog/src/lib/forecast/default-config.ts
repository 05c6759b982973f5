import { ForecastConfig, DEFAULT_FORECAST_CONFIG } from "./forecast-series"
import { DEFAULT_CANDIDATES } from "./registry"
import { TuneSpec } from "./calibrate"
import { Granularity, seasonLengthOf } from "../series/calendar"

/** The configuration the job and the CLI start from, per granularity. */
export function defaultForecastConfig(granularity: Granularity, horizon: number, overrides: Partial<ForecastConfig> = {}): ForecastConfig {
  return {
    ...DEFAULT_FORECAST_CONFIG,
    backtest: granularity === "week" ? { windows: 6, step: 2 } : { windows: 6, step: 7 },
    horizon,
    seasonLength: seasonLengthOf(granularity),
    candidates: DEFAULT_CANDIDATES,
    ...overrides,
  }
}

/** The order-rate model's tuning grid: smoothing of the line rate, size window and point quantile. */
export function orderRateGrid(granularity: Granularity): TuneSpec {
  const windows = granularity === "week" ? [13, 26] : [91, 182]
  const grid: Record<string, unknown>[] = []
  for (const alpha of [0.2, 0.3, 0.5])
    for (const beta of [0, 0.1])
      for (const sizeWindow of windows) for (const pointQuantile of [0.4, 0.45, 0.5]) grid.push({ alpha, beta, phi: 0.8, sizeWindow, pointQuantile })
  return { id: "order_rate", grid }
}
