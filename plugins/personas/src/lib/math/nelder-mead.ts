/**
 * Nelder-Mead simplex minimisation (standard coefficients: reflection 1, expansion 2, contraction 0.5,
 * shrink 0.5). Used for the maximum-likelihood fits of BG/NBD and Gamma-Gamma, whose parameters are
 * optimised on the log scale so the simplex never leaves the positive domain.
 */
export type NelderMeadOptions = {
  /** Initial step along each axis. */
  step?: number
  maxIterations?: number
  /** Stop when the spread of the simplex values falls below this (relative to |f(best)|). */
  tolerance?: number
}

export type NelderMeadResult = { x: number[]; value: number; iterations: number }

export function nelderMead(f: (x: number[]) => number, x0: number[], options: NelderMeadOptions = {}): NelderMeadResult {
  const { step = 0.5, maxIterations = 2000, tolerance = 1e-10 } = options
  const n = x0.length
  const safe = (x: number[]) => {
    const v = f(x)
    return Number.isFinite(v) ? v : Infinity
  }
  let simplex: number[][] = [x0.slice()]
  for (let i = 0; i < n; i++) {
    const x = x0.slice()
    x[i] += step
    simplex.push(x)
  }
  let values = simplex.map(safe)
  let iterations = 0
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((i, j) => values[i] - values[j] || i - j)
    simplex = order.map((i) => simplex[i])
    values = order.map((i) => values[i])
    if (Math.abs(values[n] - values[0]) <= tolerance * (1 + Math.abs(values[0]))) break
    const centroid = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += simplex[i][j] / n
    const along = (t: number) => centroid.map((c, j) => c + t * (simplex[n][j] - c))
    const xr = along(-1)
    const fr = safe(xr)
    if (fr < values[0]) {
      const xe = along(-2)
      const fe = safe(xe)
      if (fe < fr) [simplex[n], values[n]] = [xe, fe]
      else [simplex[n], values[n]] = [xr, fr]
    } else if (fr < values[n - 1]) {
      ;[simplex[n], values[n]] = [xr, fr]
    } else {
      const xc = fr < values[n] ? along(-0.5) : along(0.5)
      const fc = safe(xc)
      if (fc < Math.min(fr, values[n])) [simplex[n], values[n]] = [xc, fc]
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = simplex[i].map((v, j) => simplex[0][j] + 0.5 * (v - simplex[0][j]))
          values[i] = safe(simplex[i])
        }
      }
    }
  }
  let best = 0
  for (let i = 1; i <= n; i++) if (values[i] < values[best]) best = i
  return { x: simplex[best], value: values[best], iterations }
}
