import { nelderMead } from "../math/nelder-mead"
import { EtsInit, EtsParams, EtsSpec, etsFilter, etsInitialState } from "./ets-core"

/**
 * Maximum-likelihood fitting of the ETS models of ets-core (additive errors: minimise n·log(SSE), R forecast::ets's
 * "lik"), over the smoothing parameters in R's "usual" region and, optionally, the initial states.
 */
const logistic = (u: number) => 1 / (1 + Math.exp(-u))
const logit = (p: number) => Math.log(p / (1 - p))
const EPS = 1e-4

function decode(spec: EtsSpec, u: Float64Array): EtsParams {
  const alpha = EPS + (1 - 2 * EPS) * logistic(u[0])
  let k = 1
  const beta = spec.trend !== "N" ? alpha * (EPS + (1 - 2 * EPS) * logistic(u[k++])) : 0
  const gamma = spec.season !== "N" ? (1 - alpha) * (EPS + (1 - 2 * EPS) * logistic(u[k++])) : 0
  const phi = spec.trend === "Ad" ? 0.8 + 0.18 * logistic(u[k++]) : 1
  return { alpha, beta, gamma, phi }
}

function encode(spec: EtsSpec, p: EtsParams): number[] {
  const clip = (x: number) => Math.min(1 - 1e-3, Math.max(1e-3, x))
  const u = [logit(clip(p.alpha))]
  if (spec.trend !== "N") u.push(logit(clip(p.beta / p.alpha)))
  if (spec.season !== "N") u.push(logit(clip(p.gamma / (1 - p.alpha))))
  if (spec.trend === "Ad") u.push(logit(clip((p.phi - 0.8) / 0.18)))
  return u
}

export type EtsFit = {
  spec: EtsSpec
  params: EtsParams
  init: EtsInit
  /** R's ets "lik": n·log(SSE) for additive errors; loglik = −lik/2 */
  lik: number
  /** estimated parameters + 1 for σ (R's np) */
  np: number
  aicc: number
  /** σ² = SSE / (n − np), R's sigma2 */
  sigma2: number
  n: number
  sse: number
}

export type EtsFitOptions = {
  missing?: ArrayLike<number>
  /** also optimise the initial level/trend (and seasonal states), as R does; slower */
  optimizeInitial?: boolean
  /** start values of the smoothing parameters */
  start?: Partial<EtsParams>
  /** fixed smoothing parameters (not optimised) */
  fixed?: Partial<EtsParams>
  maxEvaluations?: number
}

/**
 * Fits an ETS model to y[0, end) by minimising n·log(SSE) (the additive-error likelihood with σ concentrated out)
 * with Nelder–Mead over the smoothing parameters and, with `optimizeInitial`, the initial states.
 */
export function fitEts(y: ArrayLike<number>, end: number, spec: EtsSpec, options: EtsFitOptions = {}): EtsFit {
  const { missing, fixed = {} } = options
  const init0 = etsInitialState(y, end, spec, missing)
  const start: EtsParams = {
    alpha: options.start?.alpha ?? (spec.season === "N" ? 0.3 : 0.2),
    beta: options.start?.beta ?? 0.01,
    gamma: options.start?.gamma ?? 0.01,
    phi: options.start?.phi ?? 0.95,
  }
  if (start.beta >= start.alpha) start.beta = start.alpha * 0.1
  if (start.gamma >= 1 - start.alpha) start.gamma = (1 - start.alpha) * 0.1
  const free = encode(spec, start)
  const nSmooth = free.length
  const fixedMask = [fixed.alpha !== undefined, ...(spec.trend !== "N" ? [fixed.beta !== undefined] : []), ...(spec.season !== "N" ? [fixed.gamma !== undefined] : []), ...(spec.trend === "Ad" ? [fixed.phi !== undefined] : [])]
  const fixedU = encode(spec, { ...start, ...fixed } as EtsParams)
  const m = spec.m
  const nSeasonFree = spec.season === "N" ? 0 : m - 1
  const nInit = options.optimizeInitial ? 1 + (spec.trend !== "N" ? 1 : 0) + nSeasonFree : 0
  const scale = Math.max(1e-8, Math.abs(init0.level) || 1)
  const x0: number[] = []
  const map: number[] = []
  for (let i = 0; i < nSmooth; i++) if (!fixedMask[i]) (x0.push(free[i]), map.push(i))
  if (nInit) {
    x0.push(init0.level / scale)
    if (spec.trend !== "N") x0.push(init0.trend / scale)
    for (let j = 0; j < nSeasonFree; j++) x0.push(spec.season === "M" ? init0.season[j] : init0.season[j] / scale)
  }
  const u = new Float64Array(nSmooth)
  const season = new Float64Array(init0.season.length)
  const build = (x: Float64Array): { p: EtsParams; init: EtsInit } => {
    for (let i = 0; i < nSmooth; i++) u[i] = fixedMask[i] ? fixedU[i] : 0
    for (let i = 0; i < map.length; i++) u[map[i]] = x[i]
    const p = decode(spec, u)
    if (fixed.alpha !== undefined) p.alpha = fixed.alpha
    if (fixed.beta !== undefined) p.beta = fixed.beta
    if (fixed.gamma !== undefined) p.gamma = fixed.gamma
    if (fixed.phi !== undefined) p.phi = fixed.phi
    if (!nInit) return { p, init: init0 }
    let k = map.length
    const level = x[k++] * scale
    const trend = spec.trend !== "N" ? x[k++] * scale : 0
    if (nSeasonFree) {
      // the last seasonal state closes the set so additive states sum to 0 and multiplicative ones average 1
      let sum = 0
      for (let j = 0; j < nSeasonFree; j++) {
        season[j] = spec.season === "M" ? x[k + j] : x[k + j] * scale
        sum += season[j]
      }
      season[m - 1] = spec.season === "M" ? m - sum : -sum
    }
    return { p, init: { level, trend, season: nSeasonFree ? season : init0.season } }
  }
  // the hot path of the forecast job (non-seasonal, heuristic start): SSE inline, no allocation per evaluation
  const fast = spec.season === "N" && !nInit
  const hasTrend = spec.trend !== "N"
  const objective = (x: Float64Array) => {
    if (fast) {
      for (let i = 0; i < nSmooth; i++) u[i] = fixedMask[i] ? fixedU[i] : 0
      for (let i = 0; i < map.length; i++) u[map[i]] = x[i]
      const alpha = fixed.alpha ?? EPS + (1 - 2 * EPS) * logistic(u[0])
      const beta = hasTrend ? (fixed.beta ?? alpha * (EPS + (1 - 2 * EPS) * logistic(u[1]))) : 0
      const phi = spec.trend === "Ad" ? (fixed.phi ?? 0.8 + 0.18 * logistic(u[2])) : 1
      let l = init0.level
      let b = hasTrend ? init0.trend : 0
      let sse = 0
      let cnt = 0
      for (let t = 0; t < end; t++) {
        const f = l + phi * b
        if (missing && missing[t]) {
          l = f
          b *= phi
          continue
        }
        const e = y[t] - f
        sse += e * e
        cnt++
        l = f + alpha * e
        b = phi * b + beta * e
      }
      return cnt > 0 ? cnt * Math.log(Math.max(sse, 1e-300)) : Infinity
    }
    const { p, init } = build(x)
    if (spec.season === "M" && nSeasonFree) for (let j = 0; j < m; j++) if (init.season[j] <= 0) return Infinity
    const r = etsFilter(y, end, spec, p, init, { missing })
    return r.n > 0 ? r.n * Math.log(Math.max(r.sse, 1e-300)) : Infinity
  }
  let best: { x: Float64Array; value: number }
  if (x0.length === 0) best = { x: new Float64Array(0), value: objective(new Float64Array(0)) }
  else if (fast && x0.length === 1) {
    // one parameter (SES's α): golden-section search on the logistic scale, 30 evaluations instead of ~80
    best = goldenSection(objective, -9, 9, 30)
  } else {
    const steps = x0.map((_, i) => (i < map.length ? 0.5 : 0.05))
    best = nelderMead(objective, x0, { step: steps, maxEvaluations: options.maxEvaluations ?? (nInit ? 4000 : 80), tolerance: nInit ? 1e-10 : 1e-6 })
    if (nInit) {
      // one restart from the optimum: Nelder–Mead stalls in high dimension (R's ets restarts likewise via optim)
      const again = nelderMead(objective, best.x, { step: steps, maxEvaluations: options.maxEvaluations ?? 4000, tolerance: 1e-10 })
      if (again.value < best.value) best = again
    }
  }
  const { p, init } = build(best.x)
  const finalInit: EtsInit = { level: init.level, trend: init.trend, season: Float64Array.from(init.season) }
  const r = etsFilter(y, end, spec, p, finalInit, { missing })
  // R counts the initial states as parameters whether or not they were optimised
  const initCount = 1 + (spec.trend !== "N" ? 1 : 0) + nSeasonFree
  const np = map.length + initCount + 1
  const lik = r.n * Math.log(Math.max(r.sse, 1e-300))
  const aic = lik + 2 * np
  const aicc = r.n - np - 1 > 0 ? aic + (2 * np * (np + 1)) / (r.n - np - 1) : Infinity
  return { spec, params: p, init: finalInit, lik, np, aicc, sigma2: r.sse / Math.max(1, r.n - (np - 1)), n: r.n, sse: r.sse }
}

/** Golden-section minimisation of a unimodal f on [a, b] (Kiefer 1953), `iterations` evaluations. */
function goldenSection(f: (x: Float64Array) => number, a: number, b: number, iterations: number): { x: Float64Array; value: number } {
  const r = (Math.sqrt(5) - 1) / 2
  const x = new Float64Array(1)
  const at = (v: number) => ((x[0] = v), f(x))
  let c = b - r * (b - a)
  let d = a + r * (b - a)
  let fc = at(c)
  let fd = at(d)
  for (let i = 0; i < iterations; i++) {
    if (fc < fd) {
      b = d
      d = c
      fd = fc
      c = b - r * (b - a)
      fc = at(c)
    } else {
      a = c
      c = d
      fc = fd
      d = a + r * (b - a)
      fd = at(d)
    }
  }
  return fc < fd ? { x: Float64Array.from([c]), value: fc } : { x: Float64Array.from([d]), value: fd }
}
