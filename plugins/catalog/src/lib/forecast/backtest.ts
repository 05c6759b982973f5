/**
 * Rolling-origin evaluation (Tashman 2000, IJF 16:437–450; FPP 3rd ed., §5.10): forecasts from `windows` origins
 * spaced `step` periods apart, the last one `horizon` periods before the end, each scored on the `horizon` periods
 * after it. Only data before an origin is used for its forecast.
 */
export type BacktestPlan = { windows: number; step: number }

/** Backtest origins (ascending) for a series of length n, dropping those with less than `minHistory` before them. */
export function backtestOrigins(n: number, horizon: number, plan: BacktestPlan, minHistory = 1): number[] {
  const out: number[] = []
  for (let w = plan.windows - 1; w >= 0; w--) {
    const o = n - horizon - w * plan.step
    if (o >= minHistory && o + horizon <= n) out.push(o)
  }
  return out
}

/**
 * Sum of absolute errors of a origins × horizon forecast matrix against y, for the first `rows` origins; missing
 * periods are not scored.
 */
export function absoluteErrors(y: ArrayLike<number>, origins: ArrayLike<number>, rows: number, horizon: number, point: ArrayLike<number>, missing?: ArrayLike<number>): { abs: number; actual: number; count: number } {
  let abs = 0
  let actual = 0
  let count = 0
  for (let i = 0; i < rows; i++) {
    for (let h = 0; h < horizon; h++) {
      const t = origins[i] + h
      if (t >= y.length || (missing && missing[t])) continue
      abs += Math.abs(y[t] - point[i * horizon + h])
      actual += y[t]
      count++
    }
  }
  return { abs, actual, count }
}

/** WAPE = Σ|actual − forecast| / Σ actual (NaN when nothing was sold). */
export function wape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  let num = 0
  let den = 0
  for (let i = 0; i < actual.length; i++) {
    num += Math.abs(actual[i] - forecast[i])
    den += actual[i]
  }
  return den > 0 ? num / den : NaN
}
