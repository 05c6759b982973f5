import { z } from "@medusajs/framework/zod"
import { SizeDistribution, compoundPoissonQuantile, compoundPoissonQuantiles, sizeDistribution } from "../../math/compound-poisson"
import { firstSale } from "../../series/demand-series"
import { ForecastMethod, MethodInput, forecastMatrix } from "../method-types"

/**
 * The order-rate model: demand = (number of order lines) × (quantity per line), the decomposition Croston (1972)
 * applies to intervals and sizes, here applied to rates. The line rate is smoothed with a damped Holt filter
 * (Gardner & McKenzie 1985) on the lines per period; the line quantities of the last `sizeWindow` periods form an
 * empirical size distribution; demand in a future period is then compound Poisson, whose quantiles come from
 * Panjer's recursion. The point forecast is the `pointQuantile` of that distribution — the median (0.5) is the
 * forecast that minimises absolute error, which is what WAPE and MAE reward; the mean is returned too, for
 * replenishment. One large order moves the size distribution by one line out of many instead of the weekly mean.
 * Smoothing parameters are arguments (the batch picks them by pooled backtest), so a series costs one filter pass.
 */
export type OrderRateArgs = {
  alpha: number
  beta: number
  phi: number
  sizeWindow: number
  pointQuantile: number
}

export function orderRateApplicable(s: { lines?: Float64Array; sizes?: Float64Array; sizePeriods?: Int32Array }): boolean {
  return !!s.lines && !!s.sizes && !!s.sizePeriods && s.sizes.length > 0
}

/** Damped-Holt forecasts of the line rate at every origin (origins × horizon), starting at the first sale. */
export function lineRateForecasts(input: MethodInput, lines: Float64Array, args: OrderRateArgs): Float64Array {
  const { origins, horizon } = input
  const missing = input.series.missing
  const out = forecastMatrix(input)
  const first = firstSale(lines)
  let l = NaN
  let b = 0
  let warm: number[] = []
  let oi = 0
  const record = (t: number) => {
    while (oi < origins.length && origins[oi] === t) {
      let damp = 0
      let p = 1
      for (let h = 1; h <= horizon; h++) {
        p *= args.phi
        damp += p
        // a new product's rate is the mean of what it has sold so far until the filter has warmed up
        // (at least two periods: a first week is often a partial launch week or a one-off order)
        const level = Number.isNaN(l) ? (warm.length ? warm.reduce((a, v) => a + v, 0) / Math.max(2, warm.length) : 0) : l
        out[oi * horizon + h - 1] = Math.max(0, level + damp * (Number.isNaN(l) ? 0 : b))
      }
      oi++
    }
  }
  const n = lines.length
  for (let t = 0; t < n; t++) {
    record(t)
    if (t < first || (missing && missing[t])) {
      if (!Number.isNaN(l)) {
        l += args.phi * b
        b *= args.phi
      }
      continue
    }
    const v = lines[t]
    if (Number.isNaN(l)) {
      warm.push(v)
      if (warm.length >= 4) {
        l = warm.reduce((a, x) => a + x, 0) / warm.length
        b = 0
        warm = []
      }
      continue
    }
    const f = l + args.phi * b
    const e = v - f
    l = f + args.alpha * e
    b = args.phi * b + args.alpha * args.beta * e
  }
  record(n)
  return out
}

/** Size distribution of the lines in periods [from, to), falling back to every earlier line. */
export function sizesBefore(sizes: Float64Array, periods: Int32Array, from: number, to: number): SizeDistribution | null {
  const pick: number[] = []
  for (let i = 0; i < sizes.length; i++) if (periods[i] >= from && periods[i] < to) pick.push(sizes[i])
  if (!pick.length) for (let i = 0; i < sizes.length; i++) if (periods[i] < to) pick.push(sizes[i])
  return sizeDistribution(pick)
}

export const orderRateMethod: ForecastMethod<OrderRateArgs> = {
  code: "order_rate",
  label: "Order rate × line size (compound Poisson)",
  argsSchema: z
    .object({
      alpha: z.number().gt(0).lt(1),
      beta: z.number().min(0).lt(1),
      phi: z.number().min(0).max(1),
      sizeWindow: z.number().int().min(1).max(520),
      pointQuantile: z.number().gt(0).lt(1),
    })
    .strict() as unknown as z.ZodType<OrderRateArgs>,
  defaults: { alpha: 0.3, beta: 0.1, phi: 0.8, sizeWindow: 13, pointQuantile: 0.5 },
  minHistory: () => 1,
  applicable: orderRateApplicable,
  evaluate(input, args) {
    const s = input.series
    const lines = input.lines ?? s.lines
    if (!lines || !s.sizes || !s.sizePeriods) throw new RangeError("order_rate needs lines and sizes")
    const rate = lineRateForecasts(input, lines, args)
    const point = forecastMatrix(input)
    const mean = forecastMatrix(input)
    const { origins, horizon } = input
    // y may be a scaled copy of units (season, price); the rate carries the scale, the sizes stay in units
    let last: SizeDistribution | null = null
    for (let i = 0; i < origins.length; i++) {
      const o = origins[i]
      const dist = sizesBefore(s.sizes, s.sizePeriods, o - args.sizeWindow, o)
      if (i === origins.length - 1) last = dist
      for (let h = 0; h < horizon; h++) {
        const lam = rate[i * horizon + h]
        point[i * horizon + h] = compoundPoissonQuantile(lam, dist, args.pointQuantile)
        mean[i * horizon + h] = dist ? lam * dist.m1 : 0
      }
    }
    const lastRow = origins.length - 1
    return {
      point,
      mean,
      quantiles: (probs) => {
        const rows: Float64Array[] = probs.map(() => new Float64Array(horizon))
        for (let h = 0; h < horizon; h++) {
          const q = compoundPoissonQuantiles(rate[lastRow * horizon + h], last, probs)
          q.forEach((v, k) => (rows[k][h] = v))
        }
        return rows
      },
      params: { alpha: args.alpha, beta: args.beta, phi: args.phi, sizeWindow: args.sizeWindow, pointQuantile: args.pointQuantile, rate: rate[lastRow * horizon] },
    }
  },
}
