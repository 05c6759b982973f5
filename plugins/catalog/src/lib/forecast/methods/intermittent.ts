import { z } from "@medusajs/framework/zod"
import { ForecastMethod, forecastMatrix } from "../method-types"

/**
 * Methods for intermittent demand.
 * - Croston (1972, Operational Research Quarterly 23:289–303): exponential smoothing of the non-zero demand sizes z
 *   and of the intervals p between them, updated only when demand occurs; forecast z/p. Started like R's
 *   forecast::croston (initial = "simple": the first size and the first interval).
 * - SBA, the Syntetos–Boylan approximation (2005, IJF 21:303–314): Croston times (1 − α/2), which removes
 *   Croston's positive bias.
 * - TSB (Teunter, Syntetos & Babai 2011, EJOR 214:606–615): smooths the demand probability every period (β) and
 *   the size when demand occurs (α); forecast p·z. Unlike Croston it decays towards zero while a product stops
 *   selling, which is what an obsolescence-prone catalogue needs.
 * Missing periods are skipped (they neither count as a zero nor lengthen an interval).
 */

type CrostonArgs = { alpha: number; variant: "croston" | "sba" }
type TsbArgs = { alpha: number; beta: number }

export function crostonForecastAt(y: ArrayLike<number>, end: number, alpha: number, missing?: ArrayLike<number>): number {
  let z = NaN
  let p = NaN
  let q = 0
  for (let t = 0; t < end; t++) {
    if (missing && missing[t]) continue
    q++
    if (y[t] > 0) {
      if (Number.isNaN(z)) {
        z = y[t]
        p = q
      } else {
        z += alpha * (y[t] - z)
        p += alpha * (q - p)
      }
      q = 0
    }
  }
  return Number.isNaN(z) ? 0 : z / p
}

export const crostonMethod: ForecastMethod<CrostonArgs> = {
  code: "croston",
  label: "Croston / SBA",
  argsSchema: z.object({ alpha: z.number().gt(0).lt(1), variant: z.enum(["croston", "sba"]) }).strict() as unknown as z.ZodType<CrostonArgs>,
  defaults: { alpha: 0.1, variant: "sba" },
  minHistory: () => 2,
  evaluate(input, args) {
    const out = forecastMatrix(input)
    const factor = args.variant === "sba" ? 1 - args.alpha / 2 : 1
    input.origins.forEach((o, i) => {
      out.fill(factor * crostonForecastAt(input.y, o, args.alpha, input.series.missing), i * input.horizon, (i + 1) * input.horizon)
    })
    return { point: out, params: { alpha: args.alpha, variant: args.variant } }
  },
}

/** TSB state after y[0, end): demand probability p and size z (started at the first demand and 1/first interval). */
export function tsbStateAt(y: ArrayLike<number>, end: number, alpha: number, beta: number, missing?: ArrayLike<number>): { p: number; z: number } {
  let z = NaN
  let p = NaN
  let q = 0
  for (let t = 0; t < end; t++) {
    if (missing && missing[t]) continue
    q++
    if (Number.isNaN(z)) {
      if (y[t] > 0) {
        z = y[t]
        p = 1 / q
      }
      continue
    }
    if (y[t] > 0) {
      p += beta * (1 - p)
      z += alpha * (y[t] - z)
    } else p += beta * (0 - p)
  }
  return Number.isNaN(z) ? { p: 0, z: 0 } : { p, z }
}

export const tsbMethod: ForecastMethod<TsbArgs> = {
  code: "tsb",
  label: "Teunter–Syntetos–Babai",
  argsSchema: z.object({ alpha: z.number().gt(0).lt(1), beta: z.number().gt(0).lt(1) }).strict() as unknown as z.ZodType<TsbArgs>,
  defaults: { alpha: 0.1, beta: 0.1 },
  minHistory: () => 2,
  evaluate(input, args) {
    const out = forecastMatrix(input)
    input.origins.forEach((o, i) => {
      const s = tsbStateAt(input.y, o, args.alpha, args.beta, input.series.missing)
      out.fill(s.p * s.z, i * input.horizon, (i + 1) * input.horizon)
    })
    return { point: out, params: { alpha: args.alpha, beta: args.beta } }
  },
}
