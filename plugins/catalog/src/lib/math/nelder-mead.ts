/**
 * Nelder–Mead simplex minimisation (Nelder & Mead 1965; standard coefficients: reflection 1, expansion 2,
 * contraction 0.5, shrink 0.5), written over Float64Arrays because it sits in the per-series hot path of the
 * forecast job (a few hundred evaluations for 1–4 smoothing parameters). The caller maps bounded parameters to an
 * unbounded or box-clamped space.
 */
export type NelderMeadOptions = {
  /** Initial step along each axis (one value, or one per axis). */
  step?: number | ArrayLike<number>
  maxEvaluations?: number
  /** Stop when the spread of the simplex values falls below this (relative to 1 + |f(best)|). */
  tolerance?: number
}

export type NelderMeadResult = { x: Float64Array; value: number; evaluations: number }

export function nelderMead(f: (x: Float64Array) => number, x0: ArrayLike<number>, options: NelderMeadOptions = {}): NelderMeadResult {
  const { step = 0.1, maxEvaluations = 400, tolerance = 1e-8 } = options
  const n = x0.length
  let evaluations = 0
  const safe = (x: Float64Array) => {
    evaluations++
    const v = f(x)
    return Number.isFinite(v) ? v : Infinity
  }
  const pts: Float64Array[] = []
  const vals = new Float64Array(n + 1)
  for (let i = 0; i <= n; i++) {
    const p = Float64Array.from(x0)
    if (i > 0) p[i - 1] += typeof step === "number" ? step : step[i - 1]
    pts.push(p)
    vals[i] = safe(p)
  }
  const order = new Int32Array(n + 1)
  const centroid = new Float64Array(n)
  const xr = new Float64Array(n)
  const xe = new Float64Array(n)
  const xc = new Float64Array(n)
  while (evaluations < maxEvaluations) {
    for (let i = 0; i <= n; i++) order[i] = i
    order.sort((a, b) => vals[a] - vals[b] || a - b)
    const best = order[0]
    const worst = order[n]
    const second = order[n - 1]
    if (Math.abs(vals[worst] - vals[best]) <= tolerance * (1 + Math.abs(vals[best]))) break
    centroid.fill(0)
    for (let i = 0; i < n; i++) {
      const p = pts[order[i]]
      for (let j = 0; j < n; j++) centroid[j] += p[j] / n
    }
    const pw = pts[worst]
    for (let j = 0; j < n; j++) xr[j] = centroid[j] - (pw[j] - centroid[j])
    const fr = safe(xr)
    if (fr < vals[best]) {
      for (let j = 0; j < n; j++) xe[j] = centroid[j] - 2 * (pw[j] - centroid[j])
      const fe = safe(xe)
      if (fe < fr) (pw.set(xe), (vals[worst] = fe))
      else (pw.set(xr), (vals[worst] = fr))
    } else if (fr < vals[second]) {
      pw.set(xr)
      vals[worst] = fr
    } else {
      const outside = fr < vals[worst]
      for (let j = 0; j < n; j++) xc[j] = centroid[j] + (outside ? -0.5 : 0.5) * (pw[j] - centroid[j])
      const fc = safe(xc)
      if (fc < Math.min(fr, vals[worst])) {
        pw.set(xc)
        vals[worst] = fc
      } else {
        const pb = pts[best]
        for (let i = 0; i <= n; i++) {
          if (i === best) continue
          const p = pts[i]
          for (let j = 0; j < n; j++) p[j] = pb[j] + 0.5 * (p[j] - pb[j])
          vals[i] = safe(p)
        }
      }
    }
  }
  let b = 0
  for (let i = 1; i <= n; i++) if (vals[i] < vals[b]) b = i
  return { x: Float64Array.from(pts[b]), value: vals[b], evaluations }
}
