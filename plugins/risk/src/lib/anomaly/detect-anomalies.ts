import { BaselineFitter, type BaselineOptions } from "./robust-baseline"
import { isoDay } from "./epoch-day"
import { MAD_TO_SIGMA, medianInPlace } from "../math/robust"

/** One metric's daily values from `startDay` (epoch day) on, one per calendar day; NaN for a missing day. */
export type DailySeries = { metric: string; startDay: number; values: ArrayLike<number> }

export type Direction = "up" | "down"
export type Severity = "warning" | "major" | "critical"

/** How one metric is modelled and alerted. */
export type MetricSpec = {
  /**
   * "log": fitted on ln(1 + value), so weekly effects and trend are multiplicative (money, counts);
   * "asin_sqrt": asin(√p), the variance-stabilising transform of a proportion (Anscombe 1948), for rates whose
   * daily counts are small (a 3 % refund rate over 100 orders is skewed on its own scale); "none": as is.
   */
  transform: "log" | "asin_sqrt" | "none"
  /** Which deviations alert: a GMV drop and spike both matter, a refund-rate drop does not. */
  alertOn: "up" | "down" | "both"
  /** Floor on the residual scale in fitted units (log: 0.05 ≈ 5 %; rate: absolute). */
  minScale: number
  /** Day-of-week effects (default true). */
  weekly?: boolean
}

export type SeverityBands = { warning: number; major: number; critical: number }
export const DEFAULT_SEVERITY_BANDS: SeverityBands = { warning: 4, major: 6, critical: 10 }

export type DetectOptions = BaselineOptions & {
  bands?: SeverityBands
  /** Score only days from this index on (the nightly job scores the last few days). */
  fromIndex?: number
}

export type AnomalyPoint = {
  metric: string
  day: number
  date: string
  observed: number
  /** The baseline in the metric's own units (for "log" metrics the back-transformed fit: a typical, median-like value). */
  expected: number
  /** Robust z: (observed − baseline) / robust scale, in fitted units; the sign gives the direction. */
  score: number
  direction: Direction
  severity: Severity
}

export type SeriesAnomalies = {
  metric: string
  startDay: number
  expected: Float64Array
  /** Robust z per day; NaN where the history was too short to fit a baseline. */
  scores: Float64Array
  anomalies: AnomalyPoint[]
}

export function severityOf(absScore: number, bands: SeverityBands = DEFAULT_SEVERITY_BANDS): Severity | null {
  if (absScore >= bands.critical) return "critical"
  if (absScore >= bands.major) return "major"
  if (absScore >= bands.warning) return "warning"
  return null
}

function forward(spec: MetricSpec, v: number): number {
  if (spec.transform === "log") return Math.log1p(Math.max(0, v))
  if (spec.transform === "asin_sqrt") return Math.asin(Math.sqrt(Math.min(1, Math.max(0, v))))
  return v
}

function backward(spec: MetricSpec, v: number): number {
  if (spec.transform === "log") return Math.expm1(v)
  if (spec.transform === "asin_sqrt") return Math.sin(Math.min(Math.PI / 2, Math.max(0, v))) ** 2
  return v
}

/**
 * Scores every day of a series against its seasonal baseline (weekday effects and a local linear trend fitted
 * robustly on the previous weeks; see `BaselineFitter`) and lists the days beyond the warning band in the
 * alerted direction. Causal: a day's baseline uses only earlier days, so the last day scores the same tonight
 * as in a re-run next year.
 */
export function detectSeriesAnomalies(series: DailySeries, spec: MetricSpec, options: DetectOptions = {}): SeriesAnomalies {
  const bands = options.bands ?? DEFAULT_SEVERITY_BANDS
  const fitter = new BaselineFitter({ minScale: spec.minScale, weekly: spec.weekly ?? true, ...options })
  const n = series.values.length
  const fitted = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const v = series.values[i]
    fitted[i] = Number.isFinite(v) ? forward(spec, v) : NaN
  }
  const expected = new Float64Array(n).fill(NaN)
  const scores = new Float64Array(n).fill(NaN)
  const anomalies: AnomalyPoint[] = []
  const window = fitter.options.windowDays
  const from = Math.max(0, options.fromIndex ?? 0)
  // one-step prediction errors of earlier days: their MAD is a second, independent estimate of the scale that
  // already contains the fit's misspecification (a bend in the trend); pooled with the window's own, it halves
  // the noise of a 50-point MAD, which is what makes 4-σ false alarms from an unlucky quiet window
  const errors = new Float64Array(n).fill(NaN)
  const buf = new Float64Array(window)
  for (let i = Math.max(0, from - window); i < n; i++) {
    if (!Number.isFinite(fitted[i])) continue
    const fit = fitter.fit(fitted, series.startDay, i)
    if (!fit) continue
    errors[i] = fitted[i] - fit.expected
    if (i < from) continue
    let k = 0
    for (let j = Math.max(0, i - window); j < i; j++) if (Number.isFinite(errors[j])) buf[k++] = Math.abs(errors[j])
    let scale = fit.scale
    if (k >= 14) {
      const past = Math.max(spec.minScale, MAD_TO_SIGMA * medianInPlace(buf.subarray(0, k)))
      scale = Math.sqrt((fit.scale * fit.scale + past * past) / 2)
    }
    const z = errors[i] / scale
    expected[i] = backward(spec, fit.expected)
    scores[i] = z
    const direction: Direction = z >= 0 ? "up" : "down"
    if (spec.alertOn !== "both" && spec.alertOn !== direction) continue
    const severity = severityOf(Math.abs(z), bands)
    if (!severity) continue
    const day = series.startDay + i
    anomalies.push({ metric: series.metric, day, date: isoDay(day), observed: series.values[i], expected: expected[i], score: z, direction, severity })
  }
  return { metric: series.metric, startDay: series.startDay, expected, scores, anomalies }
}
