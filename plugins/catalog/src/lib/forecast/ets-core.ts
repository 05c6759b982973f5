/**
 * Exponential smoothing in the innovations state-space form of Hyndman, Koehler, Ord & Snyder, "Forecasting with
 * Exponential Smoothing: The State Space Approach" (2008), additive errors, trend N/A/Ad and season N/A/M: the ETS
 * family of Hyndman & Athanasopoulos, "Forecasting: Principles and Practice" (3rd ed., §8.5–8.7). Hand-written over
 * typed arrays because the forecast job fits it for 100,000 series; the reference values in the unit tests are
 * R's forecast::ets (8.20) on the same data.
 *
 * Parameters use the state-space convention (β = α·β_Holt, γ = (1−α)·γ_Holt) and R's "usual" region:
 * 0 < α < 1, 0 < β < α, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98.
 */
export type EtsTrend = "N" | "A" | "Ad"
export type EtsSeason = "N" | "A" | "M"
export type EtsSpec = { trend: EtsTrend; season: EtsSeason; m: number }
export type EtsParams = { alpha: number; beta: number; gamma: number; phi: number }
/** Initial states: level, trend and m seasonal states for periods 0..m−1 (s[t mod m] applies to period t). */
export type EtsInit = { level: number; trend: number; season: Float64Array }

export type EtsFilterResult = {
  sse: number
  /** number of periods whose one-step error entered the SSE */
  n: number
  level: number
  trend: number
  /** seasonal states after the last period, indexed by absolute period mod m */
  season: Float64Array
}

export function etsCode(spec: EtsSpec): string {
  return `A,${spec.trend},${spec.season}`
}

/** φ_h = φ + φ² + … + φ^h (h for an undamped trend, 0 without a trend). */
function trendSum(spec: EtsSpec, phi: number, h: number): number {
  if (spec.trend === "N") return 0
  if (spec.trend === "A") return h
  let s = 0
  let p = 1
  for (let j = 0; j < h; j++) {
    p *= phi
    s += p
  }
  return s
}

/**
 * Runs the filter over y[0, end): one-step errors, SSE from period `sseFrom` on, and, at each origin in `origins`
 * (periods where a forecast is made from data before it), h-step point forecasts into `out` (row-major). Missing
 * periods advance the state without an error (the one-step forecast is taken as the observation).
 */
export function etsFilter(
  y: ArrayLike<number>,
  end: number,
  spec: EtsSpec,
  p: EtsParams,
  init: EtsInit,
  options: { missing?: ArrayLike<number>; origins?: Int32Array; horizon?: number; out?: Float64Array; start?: number } = {}
): EtsFilterResult {
  const { missing, origins, horizon = 0, out } = options
  const m = spec.m
  const seasonal = spec.season !== "N"
  const mult = spec.season === "M"
  const hasTrend = spec.trend !== "N"
  const phi = spec.trend === "Ad" ? p.phi : 1
  const { alpha, beta, gamma } = p
  const s = Float64Array.from(init.season.length ? init.season : [0])
  let l = init.level
  let b = hasTrend ? init.trend : 0
  let sse = 0
  let n = 0
  let oi = 0
  const start = options.start ?? 0
  const record = (t: number) => {
    if (!origins || !out) return
    while (oi < origins.length && origins[oi] === t) {
      for (let h = 1; h <= horizon; h++) {
        const base = l + trendSum(spec, phi, h) * b
        const sj = seasonal ? s[(t + h - 1) % m] : mult ? 1 : 0
        out[oi * horizon + h - 1] = mult ? base * sj : base + sj
      }
      oi++
    }
  }
  if (origins) while (oi < origins.length && origins[oi] < start) oi++
  for (let t = start; t < end; t++) {
    record(t)
    const base = l + phi * b
    const j = t % m
    const st = seasonal ? s[j] : 0
    const yhat = mult ? base * st : base + st
    if (missing && missing[t]) {
      l = base
      b = phi * b
      continue
    }
    const e = y[t] - yhat
    sse += e * e
    n++
    if (mult) {
      const sd = st === 0 ? 1e-8 : st
      l = base + (alpha * e) / sd
      if (hasTrend) b = phi * b + (beta * e) / sd
      s[j] = st + (gamma * e) / (base === 0 ? 1e-8 : base)
    } else {
      l = base + alpha * e
      if (hasTrend) b = phi * b + beta * e
      if (seasonal) s[j] = st + gamma * e
    }
  }
  record(end)
  return { sse, n, level: l, trend: b, season: s }
}

/** h-step point forecasts from a final state at period `end`. */
export function etsForecast(spec: EtsSpec, p: EtsParams, state: EtsFilterResult, end: number, horizon: number): Float64Array {
  const out = new Float64Array(horizon)
  const phi = spec.trend === "Ad" ? p.phi : 1
  for (let h = 1; h <= horizon; h++) {
    const base = state.level + trendSum(spec, phi, h) * state.trend
    const sj = spec.season === "N" ? 0 : state.season[(end + h - 1) % spec.m]
    out[h - 1] = spec.season === "M" ? base * sj : base + sj
  }
  return out
}

/**
 * Forecast standard deviations for the class-1 models (additive error, no multiplicative season): Var(h) =
 * σ²·(1 + Σ_{j=1}^{h−1} c_j²) with c_j = α + β·φ_j + γ·[j mod m = 0] (Hyndman et al. 2008, Table 6.1). Undefined
 * (null) for a multiplicative season.
 */
export function etsForecastSd(spec: EtsSpec, p: EtsParams, sigma2: number, horizon: number): Float64Array | null {
  if (spec.season === "M") return null
  const out = new Float64Array(horizon)
  const phi = spec.trend === "Ad" ? p.phi : 1
  let acc = 1
  for (let h = 1; h <= horizon; h++) {
    if (h > 1) {
      const j = h - 1
      let c = p.alpha
      if (spec.trend !== "N") c += p.beta * trendSum(spec, phi, j)
      if (spec.season === "A" && j % spec.m === 0) c += p.gamma
      acc += c * c
    }
    out[h - 1] = Math.sqrt(sigma2 * acc)
  }
  return out
}

/**
 * Heuristic initial states (R forecast::ets's initstate): a classical decomposition of the first three seasons (or
 * two when that is all there is) gives the seasonal states; a least-squares line through the first
 * max(10, 2m) seasonally adjusted, non-missing values gives level and trend (the mean when there is no trend).
 */
export function etsInitialState(y: ArrayLike<number>, end: number, spec: EtsSpec, missing?: ArrayLike<number>): EtsInit {
  const m = spec.m
  const season = new Float64Array(spec.season === "N" ? 0 : m)
  const adj: number[] = []
  const pos: number[] = []
  if (spec.season !== "N") {
    const span = Math.min(end, 3 * m)
    const trend = centredMovingAverage(y, span, m)
    const sums = new Float64Array(m)
    const counts = new Float64Array(m)
    for (let t = 0; t < span; t++) {
      if (Number.isNaN(trend[t]) || (missing && missing[t])) continue
      const v = spec.season === "M" ? (trend[t] > 0 ? y[t] / trend[t] : NaN) : y[t] - trend[t]
      if (!Number.isFinite(v)) continue
      sums[t % m] += v
      counts[t % m]++
    }
    let mean = 0
    for (let j = 0; j < m; j++) {
      season[j] = counts[j] ? sums[j] / counts[j] : spec.season === "M" ? 1 : 0
      mean += season[j] / m
    }
    for (let j = 0; j < m; j++) season[j] = spec.season === "M" ? (mean > 0 ? season[j] / mean : 1) : season[j] - mean
  }
  const maxn = Math.max(10, 2 * (spec.season === "N" ? 1 : m))
  for (let t = 0; t < end && adj.length < maxn; t++) {
    if (missing && missing[t]) continue
    const sj = spec.season === "N" ? 0 : season[t % m]
    adj.push(spec.season === "M" ? y[t] / Math.max(sj, 1e-2) : y[t] - sj)
    pos.push(t + 1)
  }
  if (!adj.length) return { level: 0, trend: 0, season }
  if (spec.trend === "N" || adj.length < 2) {
    return { level: adj.reduce((a, v) => a + v, 0) / adj.length, trend: 0, season }
  }
  const n = adj.length
  const mx = pos.reduce((a, v) => a + v, 0) / n
  const my = adj.reduce((a, v) => a + v, 0) / n
  let sxy = 0
  let sxx = 0
  for (let i = 0; i < n; i++) {
    sxy += (pos[i] - mx) * (adj[i] - my)
    sxx += (pos[i] - mx) ** 2
  }
  const slope = sxx > 0 ? sxy / sxx : 0
  return { level: my - slope * mx, trend: slope, season }
}

/** 2×m centred moving average for even m (m-term for odd m), NaN where the window does not fit. */
export function centredMovingAverage(y: ArrayLike<number>, end: number, m: number): Float64Array {
  const out = new Float64Array(end).fill(NaN)
  const half = Math.floor(m / 2)
  for (let t = half; t + half <= end - 1; t++) {
    let s = 0
    if (m % 2 === 0) {
      s += 0.5 * y[t - half] + 0.5 * y[t + half]
      for (let j = t - half + 1; j < t + half; j++) s += y[j]
    } else for (let j = t - half; j <= t + half; j++) s += y[j]
    out[t] = s / m
  }
  return out
}
