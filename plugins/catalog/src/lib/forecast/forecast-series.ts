import { normalQuantile } from "../math/normal"
import { quantile } from "../math/stats"
import { DemandClass, classifyDemand } from "../series/demand-class"
import { DemandSeries, firstSale } from "../series/demand-series"
import { BacktestPlan, absoluteErrors, backtestOrigins } from "./backtest"
import { MethodOutput } from "./method-types"
import { seasonalFactor } from "./pooled-season"
import { PlannedConditions, PriceResponse, fitPriceResponse, responseFactor } from "./price-response"
import { Candidate, ResolvedCandidate, resolveCandidate } from "./registry"

/**
 * One series end to end: adjust the history for a pooled season and for price/promotion effects, run every
 * candidate method from the backtest origins and from the end, score the backtests, choose the method (the series'
 * own backtest loss shrunk towards its demand class's pooled loss), and return its forecast with intervals.
 */
export type ForecastConfig = {
  horizon: number
  /** 52 for weekly series, 7 for daily */
  seasonLength: number
  candidates: Candidate[]
  backtest: BacktestPlan
  /** interval levels, e.g. [0.8, 0.95] */
  levels: number[]
  /**
   * Weight of the class prior in backtest windows: the choice minimises (w·own + k·class)/(w + k) over relative
   * losses, w = backtest windows with demand. 0 = each series on its own backtest only.
   */
  priorWeight: number
  /** "model": analytical (ETS) or distribution (order rate) intervals where the method has them; else empirical */
  intervals: "model" | "empirical"
  /**
   * With a prior, candidates whose pooled loss in the series' class exceeds the class's best by this factor are not
   * run (the reference candidate always runs): with a strong prior they would not be chosen anyway. 0 = run all.
   */
  pruneRatio?: number
}

export const DEFAULT_FORECAST_CONFIG: Omit<ForecastConfig, "candidates" | "seasonLength"> = {
  horizon: 4,
  backtest: { windows: 4, step: 2 },
  levels: [0.8, 0.95],
  priorWeight: 50,
  intervals: "model",
  pruneRatio: 1.25,
}

export type IntervalBand = { level: number; lower: Float64Array; upper: Float64Array }

export type CandidateScore = { id: string; abs: number; actual: number; count: number }

export type SeriesForecast = {
  method: string
  code: string
  params: Record<string, number | string>
  demandClass: DemandClass
  /** the point forecast per horizon period (a median for the order-rate model, the mean otherwise) */
  point: Float64Array
  /** the mean forecast per horizon period (replenishment uses this with the intervals) */
  mean: Float64Array
  intervals: IntervalBand[]
  intervalSource: "analytic" | "distribution" | "empirical" | "none"
  backtest: CandidateScore[]
  /** recent demand level (mean units of the last 13 periods): the scale of the empirical intervals */
  scale: number
  priceResponse: PriceResponse | null
}

/** Pooled information a calibration run gives each series (see calibrateForecast). */
export type ForecastPrior = {
  /** pooled relative loss of each candidate id per demand class (1 = as good as the reference) */
  classLoss: Partial<Record<DemandClass, Record<string, number>>>
  /** pooled relative loss over all classes: breaks ties and stands in for a class without evidence */
  overall?: Record<string, number>
  /** quantiles of backtest errors in units of `scale`, per class, per level, per horizon step */
  errorQuantiles: Partial<Record<DemandClass, { level: number; lower: number[]; upper: number[] }[]>>
}

export type SeriesContext = {
  /** pooled multiplicative seasonal profile (length = season length), indexed by absolute period mod m */
  seasonalIndex?: Float64Array | null
  /** planned price and promotion for the horizon; effects are estimated when the history varied */
  plan?: PlannedConditions
  /** estimate price and promotion effects (default true when the series has prices) */
  priceEffects?: boolean
}

export type CandidateRuns = {
  origins: Int32Array
  backtestRows: number
  /** units sold in each backtest window */
  windowActual: Float64Array
  /** the series' units and missing flags (for its own backtest errors) */
  units: Float64Array
  missing?: Uint8Array
  runs: { candidate: ResolvedCandidate; out: MethodOutput; score: CandidateScore }[]
  /** multiplier per horizon step applied to the method outputs (season × price/promotion plan) */
  futureFactor: Float64Array
  demandClass: DemandClass
  scale: number
  priceResponse: PriceResponse | null
}

const resolvedCache = new WeakMap<Candidate[], ResolvedCandidate[]>()
export function resolveCandidates(candidates: Candidate[]): ResolvedCandidate[] {
  let r = resolvedCache.get(candidates)
  if (!r) {
    r = candidates.map(resolveCandidate)
    resolvedCache.set(candidates, r)
  }
  return r
}

/** Runs every applicable candidate on one series; the building block of forecastSeries and calibrateForecast. */
export function runCandidates(series: DemandSeries, config: ForecastConfig, ctx: SeriesContext = {}, prior?: ForecastPrior): CandidateRuns {
  const n = series.units.length
  const { horizon, seasonLength } = config
  // a backtest window that starts before the first sale measures nothing (every method forecasts zero): skip it
  const first = firstSale(series.units)
  const bt = backtestOrigins(n, horizon, config.backtest, 1).filter((o) => o > first)
  const origins = Int32Array.from([...bt, n])
  const demandClass = classifyDemand(series.units, { missing: series.missing }).cls
  // history adjustment: pooled season × price/promotion response
  const response = ctx.priceEffects === false || (!series.price && !series.promo) ? null : fitPriceResponse(series.units, series.price, series.promo, n)
  const adjusted = !!(ctx.seasonalIndex || response)
  const factor = new Float64Array(adjusted ? n + horizon : 0)
  if (adjusted) {
    for (let t = 0; t < n + horizon; t++) {
      let f = seasonalFactor(ctx.seasonalIndex, t)
      if (response) {
        if (t < n) f *= responseFactor(response, series.price?.[t], series.promo?.[t])
        else f *= responseFactor(response, ctx.plan?.price?.[t - n], ctx.plan?.promo?.[t - n])
      }
      factor[t] = f
    }
  }
  const y = adjusted ? Float64Array.from(series.units, (v, t) => v / factor[t]) : series.units
  const lines = adjusted && series.lines ? Float64Array.from(series.lines, (v, t) => v / factor[t]) : series.lines
  const runs: CandidateRuns["runs"] = []
  const classLoss = prior && config.pruneRatio ? prior.classLoss[demandClass] : undefined
  let bestPooled = Infinity
  if (classLoss) for (const v of Object.values(classLoss)) bestPooled = Math.min(bestPooled, v)
  const resolved = resolveCandidates(config.candidates)
  for (const candidate of resolved) {
    const m = candidate.method
    const pooled = classLoss?.[candidate.id]
    if (candidate !== resolved[0] && pooled !== undefined && pooled > config.pruneRatio! * bestPooled) continue
    if (m.applicable && !m.applicable(series)) continue
    if (m.minHistory(seasonLength, candidate.args) > (bt.length ? bt[0] : n)) continue
    const out = m.evaluate({ series, y, lines, origins, horizon, seasonLength }, candidate.args)
    if (adjusted) {
      for (let i = 0; i < origins.length; i++) {
        for (let h = 0; h < horizon; h++) {
          const f = factor[origins[i] + h]
          out.point[i * horizon + h] *= f
          if (out.mean) out.mean[i * horizon + h] *= f
        }
      }
    }
    const e = absoluteErrors(series.units, origins, bt.length, horizon, out.point, series.missing)
    runs.push({ candidate, out, score: { id: candidate.id, ...e } })
  }
  let s = 0
  let c = 0
  for (let t = Math.max(0, n - 13); t < n; t++) if (!series.missing?.[t]) (s += series.units[t], c++)
  const windowActual = new Float64Array(bt.length)
  bt.forEach((o, i) => {
    for (let h = 0; h < horizon && o + h < n; h++) if (!series.missing?.[o + h]) windowActual[i] += series.units[o + h]
  })
  return { origins, backtestRows: bt.length, windowActual, units: series.units, missing: series.missing, runs, futureFactor: adjusted ? factor.subarray(n) : new Float64Array(horizon).fill(1), demandClass, scale: c ? s / c : 0, priceResponse: response }
}

/** Index of the chosen run: own relative backtest loss shrunk towards the class's pooled relative loss. */
export function chooseRun(r: CandidateRuns, config: ForecastConfig, prior?: ForecastPrior): number {
  if (!r.runs.length) return -1
  const classLoss = prior?.classLoss[r.demandClass]
  const ref = r.runs[0].score.abs
  // windows with demand: the evidence the series' own backtest carries
  let w = 0
  for (let i = 0; i < r.backtestRows; i++) if (r.windowActual[i] > 0) w++
  const k = classLoss ? config.priorWeight : 0
  let best = 0
  let bestScore = Infinity
  let bestTie = Infinity
  r.runs.forEach((run, i) => {
    const own = ref > 0 ? run.score.abs / ref : run.score.abs > 0 ? Infinity : 1
    const pooled = classLoss?.[run.candidate.id]
    let score: number
    if (pooled === undefined) score = k > 0 ? Infinity : own
    else if (w + k === 0) score = pooled
    else score = (w * (Number.isFinite(own) ? own : 10) + k * pooled) / (w + k)
    const tie = prior?.overall?.[run.candidate.id] ?? 1
    if (score < bestScore - 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && tie < bestTie)) {
      bestScore = score
      bestTie = tie
      best = i
    }
  })
  return best
}

/** Forecast one series: run candidates, choose by backtest, attach intervals. */
export function forecastSeries(series: DemandSeries, config: ForecastConfig, prior?: ForecastPrior, ctx: SeriesContext = {}): SeriesForecast {
  const r = runCandidates(series, config, ctx, prior)
  return finishForecast(r, chooseRun(r, config, prior), config, prior)
}

/** Builds the SeriesForecast of run `index` (exported for calibration, which chooses the same way). */
export function finishForecast(r: CandidateRuns, index: number, config: ForecastConfig, prior?: ForecastPrior): SeriesForecast {
  const { horizon } = config
  const backtest = r.runs.map((x) => x.score)
  if (index < 0) {
    const zero = new Float64Array(horizon)
    return { method: "none", code: "none", params: {}, demandClass: r.demandClass, point: zero, mean: zero, intervals: [], intervalSource: "none", backtest, scale: r.scale, priceResponse: r.priceResponse }
  }
  const run = r.runs[index]
  const last = r.origins.length - 1
  const point = run.out.point.slice(last * horizon, (last + 1) * horizon)
  const mean = (run.out.mean ?? run.out.point).slice(last * horizon, (last + 1) * horizon)
  const intervals: IntervalBand[] = []
  let source: SeriesForecast["intervalSource"] = "none"
  const empirical = prior?.errorQuantiles[r.demandClass]
  if (config.intervals === "model" && run.out.quantiles) {
    source = "distribution"
    const probs = config.levels.flatMap((l) => [(1 - l) / 2, (1 + l) / 2])
    const rows = run.out.quantiles(probs)
    config.levels.forEach((level, k) => {
      const lower = rows[2 * k].map((v, h) => v * r.futureFactor[h])
      const upper = rows[2 * k + 1].map((v, h) => v * r.futureFactor[h])
      intervals.push({ level, lower, upper })
    })
  } else if (config.intervals === "model" && run.out.sd) {
    source = "analytic"
    for (const level of config.levels) {
      const z = normalQuantile((1 + level) / 2)
      const sd = run.out.sd
      intervals.push({
        level,
        lower: mean.map((v, h) => Math.max(0, v - z * sd[h] * r.futureFactor[h])),
        upper: mean.map((v, h) => v + z * sd[h] * r.futureFactor[h]),
      })
    }
  } else if (!empirical && r.backtestRows > 0) {
    // no pooled calibration: the quantiles of this series' own backtest errors (all steps together)
    const errs: number[] = []
    for (let row = 0; row < r.backtestRows; row++) {
      for (let h = 0; h < horizon; h++) {
        const t = r.origins[row] + h
        if (t < r.units.length && !r.missing?.[t]) errs.push(r.units[t] - run.out.point[row * horizon + h])
      }
    }
    if (errs.length >= 4) {
      source = "empirical"
      for (const level of config.levels) {
        const lo = quantile(errs, (1 - level) / 2)
        const hi = quantile(errs, (1 + level) / 2)
        intervals.push({ level, lower: point.map((v) => Math.max(0, v + lo)), upper: point.map((v) => Math.max(0, v + hi)) })
      }
    }
  } else if (empirical && r.scale > 0) {
    source = "empirical"
    for (const q of empirical) {
      intervals.push({
        level: q.level,
        lower: point.map((v, h) => Math.max(0, v + q.lower[Math.min(h, q.lower.length - 1)] * r.scale)),
        upper: point.map((v, h) => Math.max(0, v + q.upper[Math.min(h, q.upper.length - 1)] * r.scale)),
      })
    }
  }
  return {
    method: run.candidate.id,
    code: run.candidate.method.code,
    params: run.out.params,
    demandClass: r.demandClass,
    point,
    mean,
    intervals,
    intervalSource: source,
    backtest,
    scale: r.scale,
    priceResponse: r.priceResponse,
  }
}
