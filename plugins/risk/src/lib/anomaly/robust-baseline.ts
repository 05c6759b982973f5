import { solveSymmetric } from "../math/linear-solve"
import { MAD_TO_SIGMA, medianInPlace } from "../math/robust"
import { weekday } from "./epoch-day"

export type BaselineOptions = {
  /** Days of history each day's baseline is fitted on (the days just before it). */
  windowDays?: number
  /** Fewer finite days than this in the window (or fewer than 2 of the same weekday): no baseline (default 28). */
  minHistory?: number
  /** Fit a local linear trend (else a level only). */
  trend?: boolean
  /** Fit day-of-week effects (off for a rate without a weekly rhythm: 8 noisy points per weekday are worse than none). */
  weekly?: boolean
  /** Tukey bisquare tuning constant in σ units (4.685: 95 % efficiency at the normal). */
  tuning?: number
  maxIterations?: number
  /** Floor on the residual scale, in the fitted (transformed) units. */
  minScale?: number
}

export type BaselineFit = {
  /** Baseline of the target day in fitted units. */
  expected: number
  /** Robust scale of a new day's error: 1.4826 × MAD of the kept residuals, widened for the fit's own uncertainty, floored. */
  scale: number
  /** Days of the window that carried weight in the final fit (weight > 0). */
  used: number
}

const P_MAX = 8

/**
 * Reusable buffers so a two-year, seven-metric run allocates nothing per day (the job runs it nightly).
 */
export class BaselineFitter {
  private readonly o: Required<BaselineOptions>
  private readonly t: Float64Array
  private readonly y: Float64Array
  private readonly dow: Int32Array
  private readonly r: Float64Array
  private readonly w: Float64Array
  private readonly tmp: Float64Array
  private readonly slopes: Float64Array
  private readonly xtx = new Float64Array(P_MAX * P_MAX)
  private readonly xty = new Float64Array(P_MAX)
  private readonly sums = new Float64Array(35)

  constructor(options: BaselineOptions = {}) {
    this.o = { windowDays: 56, minHistory: 28, trend: true, weekly: true, tuning: 4.685, maxIterations: 20, minScale: 1e-9, ...options }
    const n = this.o.windowDays
    this.t = new Float64Array(n)
    this.y = new Float64Array(n)
    this.dow = new Int32Array(n)
    this.r = new Float64Array(n)
    this.w = new Float64Array(n)
    this.tmp = new Float64Array(n)
    this.slopes = new Float64Array(Math.max(1, (n * (n - 1)) / 2))
  }

  get options(): Readonly<Required<BaselineOptions>> {
    return this.o
  }

  /**
   * Baseline of `values[target]` from the window before it: y = level + slope·(t − target) + weekday effect,
   * fitted robustly. Start: a Theil–Sen slope (Sen 1968) over pairs of the same weekday and weekday medians
   * of the de-trended values; then iteratively reweighted least squares with Tukey's bisquare at the start's MAD
   * scale (an MM-style M-step; Maronna, Martin & Yohai, Robust Statistics, 2006, §4.4). Outliers in the window —
   * an earlier outage, a promotion spike — get weight 0 and do not move the baseline. `startDay` is the epoch
   * day of `values[0]`. Null when the history is too thin.
   */
  fit(values: ArrayLike<number>, startDay: number, target: number): BaselineFit | null {
    const o = this.o
    const { t, y, dow, r, w } = this
    let n = 0
    const perDow = [0, 0, 0, 0, 0, 0, 0]
    for (let i = Math.max(0, target - o.windowDays); i < target; i++) {
      const v = values[i]
      if (!Number.isFinite(v)) continue
      t[n] = (i - target) / 7
      y[n] = v
      dow[n] = o.weekly ? weekday(startDay + i) : 0
      perDow[dow[n]]++
      n++
    }
    const targetDow = o.weekly ? weekday(startDay + target) : 0
    if (n < o.minHistory || perDow[targetDow] < 2) return null
    // a weekday whose every value is the same (a shop closed on Saturdays: all 0) is its own baseline; kept in
    // the fit it would pull the shared trend towards flat and its zero residuals would shrink the scale, turning
    // ordinary weekday noise into alerts. Its days are dropped; a target on such a weekday gets that value.
    const lo = [Infinity, Infinity, Infinity, Infinity, Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity, -Infinity, -Infinity, -Infinity, -Infinity]
    for (let i = 0; i < n; i++) {
      lo[dow[i]] = Math.min(lo[dow[i]], y[i])
      hi[dow[i]] = Math.max(hi[dow[i]], y[i])
    }
    const constant = lo.map((v, d) => perDow[d] > 1 && v === hi[d])
    if (constant.some(Boolean)) {
      let k = 0
      for (let i = 0; i < n; i++) {
        if (constant[dow[i]]) continue
        t[k] = t[i]
        y[k] = y[i]
        dow[k] = dow[i]
        k++
      }
      n = k
      for (let d = 0; d < 7; d++) if (constant[d]) perDow[d] = 0
      if (constant[targetDow]) return { expected: lo[targetDow], scale: this.weekdayScale(n, perDow), used: n }
      if (n < Math.min(o.minHistory, 14)) return null
    }

    // start: a seasonal Theil–Sen slope (median of the slopes between days of the same weekday, so the weekly
    // pattern cancels out), then per-weekday medians of what the trend leaves
    let slope = 0
    if (o.trend) {
      let k = 0
      for (let i = 0; i < n; i++) {
        // only pairs of the same weekday (about n²/14 of them)
        for (let j = i + 1; j < n; j++) if (dow[j] === dow[i]) this.slopes[k++] = (y[j] - y[i]) / (t[j] - t[i])
      }
      slope = k ? medianInPlace(this.slopes.subarray(0, k)) : 0
    }
    const season = [0, 0, 0, 0, 0, 0, 0]
    const tmp = this.tmp
    for (let d = 0; d < 7; d++) {
      if (!perDow[d]) continue
      let k = 0
      for (let i = 0; i < n; i++) if (dow[i] === d) tmp[k++] = y[i] - slope * t[i]
      season[d] = medianInPlace(tmp.subarray(0, k))
    }
    for (let i = 0; i < n; i++) r[i] = y[i] - (slope * t[i] + season[dow[i]])
    const scale0 = Math.max(o.minScale, this.scaleOf(n, false))

    // parameters: level, slope (optional), effects of the six weekdays other than the target's
    const others: number[] = []
    for (let d = 0; d < 7; d++) if (d !== targetDow && perDow[d]) others.push(d)
    const p = 1 + (o.trend ? 1 : 0) + others.length
    const col = new Int32Array(7).fill(-1)
    others.forEach((d, j) => (col[d] = 1 + (o.trend ? 1 : 0) + j))
    let beta: Float64Array | null = null
    const c = o.tuning * scale0
    for (let iter = 0; iter < o.maxIterations; iter++) {
      for (let i = 0; i < n; i++) {
        const u = r[i] / c
        w[i] = Math.abs(u) < 1 ? (1 - u * u) ** 2 : 0
      }
      const next = this.weightedFit(n, p, col, targetDow)
      if (!next) break
      let moved = 0
      for (let j = 0; j < p; j++) moved = Math.max(moved, Math.abs(next[j] - (beta ? beta[j] : Infinity)))
      beta = next
      for (let i = 0; i < n; i++) r[i] = y[i] - this.predict(beta, t[i], dow[i], col)
      if (moved < 1e-7 * (1 + Math.abs(beta[0]))) break
    }
    if (!beta) {
      // every day was rejected (a step change bigger than the start's scale): keep the robust start
      return { expected: season[targetDow], scale: scale0, used: n }
    }
    let used = 0
    for (let i = 0; i < n; i++) if (w[i] > 0) used++
    // a prediction, not a residual: the residual scale understates the error of a new day by the degrees of
    // freedom the fit used and by the uncertainty of the fitted level and trend at the target day,
    // σ_pred = σ · √(n / (n − p)) · √(1 + h) with h = x₀ᵀ (XᵀWX)⁻¹ x₀ (Montgomery, Peck & Vining,
    // Introduction to Linear Regression Analysis, §2.4.2 and §5.5); x₀ = e₀ here (the target weekday at t = 0)
    const e0 = new Float64Array(p)
    e0[0] = 1
    const h = Math.max(0, solveSymmetric(this.xtx.subarray(0, p * p), e0, p)[0])
    const dof = used > p + 1 ? Math.sqrt(used / (used - p)) : 2
    // the final scale: MAD of the residuals of the days that kept weight (rejected outliers would inflate it;
    // bisquare rejects beyond 4.685 σ, where a normal has 3e-6 of its mass, so the truncation costs nothing)
    return { expected: beta[0], scale: Math.max(o.minScale, this.scaleOf(n, true) * dof * Math.sqrt(1 + h)), used }
  }

  /** 1.4826 × MAD of the current residuals (of the days that kept weight, when `weighted`). */
  private scaleOf(n: number, weighted: boolean): number {
    const tmp = this.tmp
    let k = 0
    for (let i = 0; i < n; i++) {
      if (weighted && this.w[i] === 0) continue
      tmp[k++] = Math.abs(this.r[i])
    }
    return k ? MAD_TO_SIGMA * medianInPlace(tmp.subarray(0, k)) : 0
  }

  /** Scale of the other weekdays around their medians, for a target on a constant weekday. */
  private weekdayScale(n: number, perDow: number[]): number {
    const { y, dow, tmp, r } = this
    for (let d = 0; d < 7; d++) {
      if (!perDow[d]) continue
      let k = 0
      for (let i = 0; i < n; i++) if (dow[i] === d) tmp[k++] = y[i]
      const m = medianInPlace(tmp.subarray(0, k))
      for (let i = 0; i < n; i++) if (dow[i] === d) r[i] = y[i] - m
    }
    return Math.max(this.o.minScale, this.scaleOf(n, false))
  }

  private predict(beta: Float64Array, t: number, d: number, col: Int32Array): number {
    let v = beta[0]
    if (this.o.trend) v += beta[1] * t
    if (col[d] >= 0) v += beta[col[d]]
    return v
  }

  /**
   * Weighted least squares for the level, slope and weekday effects. The design has one dummy per weekday, so
   * XᵀWX and XᵀWy are assembled from five weighted sums per weekday: O(n + p³) instead of O(n p²).
   */
  private weightedFit(n: number, p: number, col: Int32Array, targetDow: number): Float64Array | null {
    const { xtx, xty, t, y, w, dow, sums } = this
    sums.fill(0)
    let total = 0
    for (let i = 0; i < n; i++) {
      const wi = w[i]
      if (wi === 0) continue
      total += wi
      const b = dow[i] * 5
      const wt = wi * t[i]
      sums[b] += wi
      sums[b + 1] += wt
      sums[b + 2] += wt * t[i]
      sums[b + 3] += wi * y[i]
      sums[b + 4] += wt * y[i]
    }
    if (total === 0) return null
    xtx.fill(0, 0, p * p)
    xty.fill(0, 0, p)
    const trend = this.o.trend
    for (let d = 0; d < 7; d++) {
      const b = d * 5
      const [s0, s1, s2, y0, y1] = [sums[b], sums[b + 1], sums[b + 2], sums[b + 3], sums[b + 4]]
      xtx[0] += s0
      xty[0] += y0
      if (trend) {
        xtx[1] += s1
        xtx[p + 1] += s2
        xty[1] += y1
      }
      const c = d === targetDow ? -1 : col[d]
      if (c < 0) continue
      xtx[c] += s0
      xtx[c * p] += s0
      xtx[c * p + c] += s0
      xty[c] += y0
      if (trend) {
        xtx[p + c] += s1
        xtx[c * p + 1] += s1
      }
    }
    if (trend) xtx[p] = xtx[1]
    // a whisker of ridge keeps a weekday whose every day was rejected from making the system singular
    for (let a = 1; a < p; a++) xtx[a * p + a] += 1e-9 * total
    return solveSymmetric(xtx.subarray(0, p * p), xty.subarray(0, p), p)
  }

}
