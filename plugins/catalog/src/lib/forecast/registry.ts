import { ForecastMethod } from "./method-types"
import { etsAutoMethod, etsSeasonalMethod, holtDampedMethod, sesMethod } from "./methods/exponential-smoothing"
import { crostonMethod, tsbMethod } from "./methods/intermittent"
import { orderRateMethod } from "./methods/order-rate"
import { movingMeanMethod, movingMedianMethod, naiveMethod, seasonalNaiveMethod } from "./methods/simple"

/** Every forecast method by its stable code. A code is never renamed: stored forecasts and settings refer to it. */
export const FORECAST_METHODS: Record<string, ForecastMethod<any>> = Object.fromEntries(
  [
    naiveMethod,
    seasonalNaiveMethod,
    movingMeanMethod,
    movingMedianMethod,
    sesMethod,
    holtDampedMethod,
    etsSeasonalMethod,
    etsAutoMethod,
    crostonMethod,
    tsbMethod,
    orderRateMethod,
  ].map((m) => [m.code, m])
)

/** One method with its arguments, under an id that names it in backtest tables ("mean_4", "order_rate"). */
export type Candidate = { id: string; code: string; args?: Record<string, unknown> }

export type ResolvedCandidate = { id: string; method: ForecastMethod<any>; args: Record<string, unknown> }

/** Looks up and validates a candidate; throws RangeError on an unknown code or bad arguments. */
export function resolveCandidate(c: Candidate): ResolvedCandidate {
  const method = FORECAST_METHODS[c.code]
  if (!method) throw new RangeError(`unknown forecast method "${c.code}"; known: ${Object.keys(FORECAST_METHODS).join(", ")}`)
  const parsed = method.argsSchema.safeParse({ ...method.defaults, ...(c.args ?? {}) })
  if (!parsed.success) throw new RangeError(`bad arguments for ${c.code} (${c.id}): ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`)
  return { id: c.id, method, args: parsed.data as Record<string, unknown> }
}

/**
 * The default candidate set: the benchmarks (seasonal naive, mean of 4, median of 8), exponential smoothing
 * (SES, damped Holt, ETS by AICc with seasonality when two seasons exist), the intermittent-demand methods (SBA,
 * TSB) and the order-rate model.
 */
export const DEFAULT_CANDIDATES: Candidate[] = [
  { id: "mean_4", code: "moving_mean", args: { window: 4, sinceFirstSale: false } },
  { id: "median_8", code: "moving_median", args: { window: 8, sinceFirstSale: true } },
  { id: "seasonal_naive", code: "seasonal_naive" },
  { id: "ses", code: "ses" },
  { id: "holt_damped", code: "holt_damped" },
  { id: "ets_auto", code: "ets_auto", args: { seasonal: true, multiplicative: false } },
  { id: "sba", code: "croston", args: { alpha: 0.1, variant: "sba" } },
  { id: "tsb", code: "tsb", args: { alpha: 0.1, beta: 0.1 } },
  { id: "order_rate", code: "order_rate" },
]
