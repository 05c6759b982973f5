import { nelderMead } from "../math/nelder-mead"

/**
 * Classical Holt–Winters (Winters 1960) with the start-up of R's stats::HoltWinters, so fitted values can be checked
 * against R to machine precision: a classical decomposition of the first two seasons gives the seasonal start
 * values, a least-squares line through its trend gives level and slope, and filtering starts at period m + 1.
 * Smoothing parameters are fitted by minimising the one-step SSE (R uses L-BFGS-B on the same objective; Nelder–Mead
 * on a logistic scale lands on the same optimum to the digits that matter).
 */
export type HoltWintersOptions = {
  seasonal: "additive" | "multiplicative"
  alpha?: number
  beta?: number
  gamma?: number
}

export type HoltWintersFit = {
  alpha: number
  beta: number
  gamma: number
  sse: number
  /** one-step fitted values for periods m .. n−1 (0-based), as R's fitted(...)[, "xhat"] */
  fitted: Float64Array
  level: number
  trend: number
  /** seasonal states for the next m periods, s[0] for period n */
  season: Float64Array
  forecast(horizon: number): Float64Array
}

/** Start values exactly as stats::HoltWinters (start.periods = 2). */
export function holtWintersStart(y: ArrayLike<number>, m: number, seasonal: HoltWintersOptions["seasonal"]): { level: number; trend: number; season: Float64Array } {
  const span = 2 * m
  if (y.length < span + 1) throw new RangeError(`Holt–Winters needs more than ${span} periods, got ${y.length}`)
  // stats::decompose on the first two seasons: centred moving average, then the average detrended value by position
  const trend = new Float64Array(span).fill(NaN)
  const half = Math.floor(m / 2)
  for (let t = half; t + half < span; t++) {
    let s = 0
    if (m % 2 === 0) {
      s = 0.5 * y[t - half] + 0.5 * y[t + half]
      for (let j = t - half + 1; j < t + half; j++) s += y[j]
    } else for (let j = t - half; j <= t + half; j++) s += y[j]
    trend[t] = s / m
  }
  const figure = new Float64Array(m)
  const counts = new Float64Array(m)
  for (let t = 0; t < span; t++) {
    if (Number.isNaN(trend[t])) continue
    figure[t % m] += seasonal === "additive" ? y[t] - trend[t] : y[t] / trend[t]
    counts[t % m]++
  }
  let mean = 0
  for (let j = 0; j < m; j++) {
    figure[j] /= counts[j]
    mean += figure[j] / m
  }
  for (let j = 0; j < m; j++) figure[j] = seasonal === "additive" ? figure[j] - mean : figure[j] / mean
  // .lm.fit(cbind(1, seq_along(dat)), dat) on the defined trend values
  const dat: number[] = []
  for (let t = 0; t < span; t++) if (!Number.isNaN(trend[t])) dat.push(trend[t])
  const n = dat.length
  const mx = (n + 1) / 2
  const my = dat.reduce((a, v) => a + v, 0) / n
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    sxy += (i + 1 - mx) * (dat[i] - my)
    sxx += (i + 1 - mx) ** 2
  }
  const slope = sxy / sxx
  return { level: my - slope * mx, trend: slope, season: figure }
}

function filter(y: ArrayLike<number>, m: number, seasonal: HoltWintersOptions["seasonal"], a: number, b: number, g: number, start: { level: number; trend: number; season: Float64Array }, fitted?: Float64Array) {
  let l = start.level
  let tr = start.trend
  const s = Float64Array.from(start.season) // s[j] applies to the j-th period of the ring, starting at period m
  let sse = 0
  const add = seasonal === "additive"
  for (let t = m; t < y.length; t++) {
    const j = (t - m) % m
    const st = s[j]
    const xhat = add ? l + tr + st : (l + tr) * st
    if (fitted) fitted[t - m] = xhat
    const e = y[t] - xhat
    sse += e * e
    const lNew = add ? a * (y[t] - st) + (1 - a) * (l + tr) : a * (y[t] / st) + (1 - a) * (l + tr)
    tr = b * (lNew - l) + (1 - b) * tr
    s[j] = add ? g * (y[t] - lNew) + (1 - g) * st : g * (y[t] / lNew) + (1 - g) * st
    l = lNew
  }
  // rotate so that season[0] is for period n
  const next = new Float64Array(m)
  for (let h = 0; h < m; h++) next[h] = s[(y.length - m + h) % m]
  return { sse, level: l, trend: tr, season: next }
}

export function holtWinters(y: ArrayLike<number>, m: number, options: HoltWintersOptions): HoltWintersFit {
  const start = holtWintersStart(y, m, options.seasonal)
  const free: ("alpha" | "beta" | "gamma")[] = (["alpha", "beta", "gamma"] as const).filter((k) => options[k] === undefined)
  const sig = (u: number) => 1 / (1 + Math.exp(-u))
  const params = (x: Float64Array) => {
    const p = { alpha: options.alpha ?? 0, beta: options.beta ?? 0, gamma: options.gamma ?? 0 }
    free.forEach((k, i) => (p[k] = sig(x[i])))
    return p
  }
  let p = params(new Float64Array(free.length))
  if (free.length) {
    // R starts from (0.3, 0.1, 0.1); several starts guard against Nelder–Mead stopping on a ridge
    const starts = [
      [0.3, 0.1, 0.1],
      [0.5, 0.05, 0.5],
      [0.2, 0.02, 0.9],
    ]
    let best: { x: Float64Array; value: number } = { x: new Float64Array(free.length), value: Infinity }
    for (const st of starts) {
      const x0 = free.map((k) => {
        const v = st[["alpha", "beta", "gamma"].indexOf(k)]
        return Math.log(v / (1 - v))
      })
      const r = nelderMead((x) => {
        const q = params(x)
        return filter(y, m, options.seasonal, q.alpha, q.beta, q.gamma, start).sse
      }, x0, { step: 0.5, maxEvaluations: 2000, tolerance: 1e-12 })
      if (r.value < best.value) best = r
    }
    p = params(best.x)
  }
  const fitted = new Float64Array(y.length - m)
  const f = filter(y, m, options.seasonal, p.alpha, p.beta, p.gamma, start, fitted)
  return {
    ...p,
    sse: f.sse,
    fitted,
    level: f.level,
    trend: f.trend,
    season: f.season,
    forecast(horizon: number) {
      const out = new Float64Array(horizon)
      for (let h = 1; h <= horizon; h++) {
        const s = f.season[(h - 1) % m]
        out[h - 1] = options.seasonal === "additive" ? f.level + h * f.trend + s : (f.level + h * f.trend) * s
      }
      return out
    },
  }
}
