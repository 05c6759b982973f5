import { z } from "@medusajs/framework/zod"
import { firstSale } from "../../series/demand-series"
import { ForecastMethod, forecastMatrix } from "../method-types"

/**
 * The benchmarks every other method must beat (Hyndman & Athanasopoulos, FPP 3rd ed., §5.2): the last value, the
 * value one season ago, and the mean or median of the last k periods. Missing periods are skipped.
 */

export const naiveMethod: ForecastMethod<Record<string, never>> = {
  code: "naive",
  label: "Naive (last value)",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  defaults: {},
  minHistory: () => 1,
  evaluate(input) {
    const { y, origins, horizon, series } = input
    const out = forecastMatrix(input)
    origins.forEach((o, i) => {
      let t = o - 1
      while (t > 0 && series.missing?.[t]) t--
      out.fill(t >= 0 ? y[t] : 0, i * horizon, (i + 1) * horizon)
    })
    return { point: out, params: {} }
  },
}

export const seasonalNaiveMethod: ForecastMethod<Record<string, never>> = {
  code: "seasonal_naive",
  label: "Seasonal naive (same period last season)",
  argsSchema: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
  defaults: {},
  minHistory: (m) => m,
  evaluate(input) {
    const { y, origins, horizon, seasonLength: m } = input
    const out = forecastMatrix(input)
    origins.forEach((o, i) => {
      for (let h = 1; h <= horizon; h++) {
        // the same position k seasons back, k the smallest that lands inside the data
        let t = o + h - 1 - m * Math.ceil(h / m)
        while (t >= o) t -= m
        out[i * horizon + h - 1] = t >= 0 ? y[t] : 0
      }
    })
    return { point: out, params: {} }
  },
}

type WindowArgs = { window: number; sinceFirstSale: boolean }
const windowSchema = z
  .object({ window: z.number().int().min(1).max(520), sinceFirstSale: z.boolean() })
  .strict() as unknown as z.ZodType<WindowArgs>

function windowValues(input: { y: Float64Array; series: { missing?: Uint8Array } }, o: number, args: WindowArgs, buf: number[]): number[] {
  buf.length = 0
  const from = args.sinceFirstSale ? Math.max(firstSale(input.y, o), o - args.window) : o - args.window
  for (let t = Math.max(0, from); t < o; t++) if (!input.series.missing?.[t]) buf.push(input.y[t])
  return buf
}

/** Mean of the last `window` periods; `mean(window 4)` is the seasonal-naive baseline of the benchmark. */
export const movingMeanMethod: ForecastMethod<WindowArgs> = {
  code: "moving_mean",
  label: "Mean of the last k periods",
  argsSchema: windowSchema,
  defaults: { window: 4, sinceFirstSale: false },
  minHistory: () => 1,
  evaluate(input, args) {
    const out = forecastMatrix(input)
    const buf: number[] = []
    input.origins.forEach((o, i) => {
      const v = windowValues(input, o, args, buf)
      const mean = v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0
      out.fill(mean, i * input.horizon, (i + 1) * input.horizon)
    })
    return { point: out, params: { window: args.window } }
  },
}

/** Median of the last `window` periods: the absolute-loss counterpart of the moving mean, robust to one big order. */
export const movingMedianMethod: ForecastMethod<WindowArgs> = {
  code: "moving_median",
  label: "Median of the last k periods",
  argsSchema: windowSchema,
  defaults: { window: 8, sinceFirstSale: true },
  minHistory: () => 1,
  evaluate(input, args) {
    const out = forecastMatrix(input)
    const buf: number[] = []
    input.origins.forEach((o, i) => {
      const v = windowValues(input, o, args, buf).sort((a, b) => a - b)
      const n = v.length
      const med = n === 0 ? 0 : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2
      out.fill(med, i * input.horizon, (i + 1) * input.horizon)
    })
    return { point: out, params: { window: args.window } }
  },
}
