import type { z } from "@medusajs/framework/zod"
import type { DemandSeries } from "../series/demand-series"

/**
 * What a forecast method sees. Forecasts are made from each origin o in `origins` (ascending) using periods
 * [0, o) only; the last origin is normally the series length, i.e. the real forecast. Rolling-origin backtests pass
 * earlier origins in the same call, so a method that smooths can run one filter pass for all of them.
 */
export type MethodInput = {
  series: DemandSeries
  /** the units the method models (the series' units, or a price-, promotion- or season-adjusted copy) */
  y: Float64Array
  /** order lines per period on the same adjusted scale as `y` (when the series has lines) */
  lines?: Float64Array
  origins: Int32Array
  horizon: number
  /** season length of the granularity (52 weekly, 7 daily) */
  seasonLength: number
  /**
   * Number of leading periods the method may use to estimate its parameters (so the backtest windows stay out of
   * sample); the filter still runs through every period. Defaults to the first origin.
   */
  fitEnd?: number
}

/**
 * A method's forecasts. `point` is origins × horizon, row-major: row i holds the forecasts for periods
 * origins[i] .. origins[i] + horizon − 1. `mean` (same layout) is given when the point forecast is a quantile other
 * than the mean (the order-rate model's median). For the last origin a method may also return its predictive
 * distribution: an analytical standard deviation per step (normal intervals) or a quantile function.
 */
export type MethodOutput = {
  point: Float64Array
  mean?: Float64Array
  sd?: Float64Array
  quantiles?: (probs: readonly number[]) => Float64Array[]
  params: Record<string, number | string>
}

/** A forecast method: a registry entry with a stable code (never renamed) and zod-checked arguments. */
export type ForecastMethod<A = Record<string, unknown>> = {
  code: string
  label: string
  argsSchema: z.ZodType<A>
  defaults: A
  /** periods of history the method needs before its first forecast */
  minHistory(seasonLength: number, args: A): number
  /** true when the method can run on this series (e.g. the order-rate model needs lines and sizes) */
  applicable?(series: DemandSeries): boolean
  evaluate(input: MethodInput, args: A): MethodOutput
}

/** Allocates the row-major origins × horizon output. */
export function forecastMatrix(input: MethodInput): Float64Array {
  return new Float64Array(input.origins.length * input.horizon)
}
