import { z } from "@medusajs/framework/zod"
import { EtsSpec, etsFilter, etsForecastSd } from "../ets-core"
import { EtsFit, fitEts } from "../ets-fit"
import { ForecastMethod, MethodInput, MethodOutput, forecastMatrix } from "../method-types"

/**
 * Exponential smoothing methods on the ETS core: simple exponential smoothing (ETS(A,N,N)), Holt's damped trend
 * (ETS(A,Ad,N)), additive and multiplicative Holt–Winters in state-space form (ETS(A,Ad,A)/(A,Ad,M)), and an
 * automatic choice among them by AICc (FPP 3rd ed., §8.6). Parameters are fitted on the periods before `fitEnd`
 * (the first backtest origin), so the backtest windows are out of sample; the filter then runs through the whole
 * series and the final forecast starts from its last state. Intervals are analytical (normal, class-1 variance
 * formulas) for additive seasons; a multiplicative season gets the batch's empirical intervals.
 */

function fitEnd(input: MethodInput, min: number): number {
  const n = input.y.length
  const f = input.fitEnd ?? input.origins[0]
  return Math.min(n, Math.max(f, min))
}

function runFitted(input: MethodInput, fit: EtsFit): MethodOutput {
  const out = forecastMatrix(input)
  const n = input.y.length
  etsFilter(input.y, n, fit.spec, fit.params, fit.init, {
    missing: input.series.missing,
    origins: input.origins,
    horizon: input.horizon,
    out,
  })
  // demand cannot be negative: a trend that runs below zero is cut there (the interval keeps its width)
  for (let i = 0; i < out.length; i++) if (out[i] < 0) out[i] = 0
  const sd = etsForecastSd(fit.spec, fit.params, fit.sigma2, input.horizon) ?? undefined
  return {
    point: out,
    sd,
    params: { model: `ETS(A,${fit.spec.trend},${fit.spec.season})`, alpha: fit.params.alpha, beta: fit.params.beta, gamma: fit.params.gamma, phi: fit.params.phi, aicc: fit.aicc, sigma: Math.sqrt(fit.sigma2) },
  }
}

type NoArgs = Record<string, never>
const noArgs = z.object({}).strict() as unknown as z.ZodType<NoArgs>

export const sesMethod: ForecastMethod<NoArgs> = {
  code: "ses",
  label: "Simple exponential smoothing, ETS(A,N,N)",
  argsSchema: noArgs,
  defaults: {},
  minHistory: () => 4,
  evaluate(input) {
    const spec: EtsSpec = { trend: "N", season: "N", m: 1 }
    return runFitted(input, fitEts(input.y, fitEnd(input, 4), spec, { missing: input.series.missing }))
  },
}

export const holtDampedMethod: ForecastMethod<NoArgs> = {
  code: "holt_damped",
  label: "Holt's damped trend, ETS(A,Ad,N)",
  argsSchema: noArgs,
  defaults: {},
  minHistory: () => 8,
  evaluate(input) {
    const spec: EtsSpec = { trend: "Ad", season: "N", m: 1 }
    return runFitted(input, fitEts(input.y, fitEnd(input, 8), spec, { missing: input.series.missing }))
  },
}

type HwArgs = { season: "A" | "M"; damped: boolean }
export const etsSeasonalMethod: ForecastMethod<HwArgs> = {
  code: "ets_seasonal",
  label: "Holt–Winters in state-space form, ETS(A,Ad,A) or ETS(A,Ad,M)",
  argsSchema: z.object({ season: z.enum(["A", "M"]), damped: z.boolean() }).strict() as unknown as z.ZodType<HwArgs>,
  defaults: { season: "A", damped: true },
  minHistory: (m) => 2 * m + 2,
  evaluate(input, args) {
    const m = input.seasonLength
    const spec: EtsSpec = { trend: args.damped ? "Ad" : "A", season: args.season, m }
    return runFitted(input, fitEts(input.y, fitEnd(input, 2 * m + 2), spec, { missing: input.series.missing }))
  },
}

type AutoArgs = { seasonal: boolean; multiplicative: boolean }
/**
 * ETS model selection by AICc among ANN, AAdN, ANA, AAdA (and AAdM when allowed). It needs two seasons of
 * history: with less it would only repeat the ses and holt_damped candidates, so it is skipped there.
 */
export const etsAutoMethod: ForecastMethod<AutoArgs> = {
  code: "ets_auto",
  label: "ETS chosen by AICc",
  argsSchema: z.object({ seasonal: z.boolean(), multiplicative: z.boolean() }).strict() as unknown as z.ZodType<AutoArgs>,
  defaults: { seasonal: true, multiplicative: false },
  minHistory: (m, args) => (args.seasonal && m > 1 ? 2 * m + 2 : 8),
  evaluate(input, args) {
    const m = input.seasonLength
    const end = fitEnd(input, 8)
    const specs: EtsSpec[] = [
      { trend: "N", season: "N", m: 1 },
      { trend: "Ad", season: "N", m: 1 },
    ]
    if (args.seasonal && m > 1 && end >= 2 * m + 2) {
      specs.push({ trend: "N", season: "A", m }, { trend: "Ad", season: "A", m })
      if (args.multiplicative) specs.push({ trend: "Ad", season: "M", m })
    }
    let best: EtsFit | null = null
    for (const spec of specs) {
      const f = fitEts(input.y, end, spec, { missing: input.series.missing })
      if (Number.isFinite(f.aicc) && (!best || f.aicc < best.aicc)) best = f
    }
    return runFitted(input, best ?? fitEts(input.y, end, specs[0], { missing: input.series.missing }))
  },
}
