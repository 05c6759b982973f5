import { normalQuantile, twoSidedZP } from "../math/distributions"
import { checkAlpha, type DiffResult } from "../stats/diff-result"

/**
 * A matched synthetic control for a promotion without a holdout: coarsened exact matching (Iacus, King &
 * Porro 2012, "Causal inference without balance checking: coarsened exact matching", Political Analysis 20:1–24)
 * of exposed customers to non-exposed ones on their pre-period behaviour, then the stratified estimate of the
 * effect on the treated (ATT). Each customer falls in one stratum of
 *   pre-period orders   0 | 1 | 2 | 3–4 | 5–9 | 10+
 *   pre-period GMV      quartile among the pooled customers with pre-period orders (none for 0 orders)
 *   recency             days since the last pre-period order ≤ 30 | ≤ 90 | ≤ 180 | more (none for 0 orders)
 * Exposed customers in a stratum without any non-exposed one are left out (counted as unmatched); a stratum's
 * control customers get the weight n_T,s / n_C,s, so the control mirrors the exposed mix. The estimate is only
 * as good as the assumption that exposure is explained by these pre-period features (no hidden selection).
 */

export type MatchFeatures = {
  preOrders: ArrayLike<number>
  preGmv: ArrayLike<number>
  recencyDays: ArrayLike<number>
}

export type Matching = {
  /** stratum of every row of the features (the same index space as the panel) */
  stratum: Int32Array
  /** the treated rows that found a match */
  treated: Int32Array
  /** the control rows in a stratum with treated rows */
  control: Int32Array
  /** per control row: its ATT weight (sums to the number of matched treated) */
  controlWeight: Float64Array
  unmatchedTreated: number
  strata: number
}

function orderBin(n: number): number {
  return n <= 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n <= 4 ? 3 : n <= 9 ? 4 : 5
}

function recencyBin(d: number): number {
  return !Number.isFinite(d) ? 0 : d <= 30 ? 1 : d <= 90 ? 2 : d <= 180 ? 3 : 4
}

function quartileCuts(values: number[]): number[] {
  if (values.length === 0) return []
  const s = values.slice().sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]
  return [at(0.25), at(0.5), at(0.75)]
}

export function matchCoarsened(features: MatchFeatures, treatedRows: ArrayLike<number>, candidateRows: ArrayLike<number>): Matching {
  const n = features.preOrders.length
  const pooled: number[] = []
  for (const rows of [treatedRows, candidateRows]) {
    for (let k = 0; k < rows.length; k++) if (features.preOrders[rows[k]] > 0) pooled.push(features.preGmv[rows[k]])
  }
  const cuts = quartileCuts(pooled)
  const stratum = new Int32Array(n).fill(-1)
  const key = (i: number) => {
    const ob = orderBin(features.preOrders[i])
    if (ob === 0) return 0
    let gb = 0
    while (gb < cuts.length && features.preGmv[i] > cuts[gb]) gb++
    return 1 + ob * 100 + gb * 10 + recencyBin(features.recencyDays[i])
  }
  const tCount = new Map<number, number>()
  const cCount = new Map<number, number>()
  for (let k = 0; k < treatedRows.length; k++) {
    const i = treatedRows[k]
    stratum[i] = key(i)
    tCount.set(stratum[i], (tCount.get(stratum[i]) ?? 0) + 1)
  }
  for (let k = 0; k < candidateRows.length; k++) {
    const i = candidateRows[k]
    stratum[i] = key(i)
    cCount.set(stratum[i], (cCount.get(stratum[i]) ?? 0) + 1)
  }
  const treated: number[] = []
  let unmatched = 0
  for (let k = 0; k < treatedRows.length; k++) {
    const i = treatedRows[k]
    if (cCount.has(stratum[i])) treated.push(i)
    else unmatched++
  }
  const control: number[] = []
  const weight: number[] = []
  for (let k = 0; k < candidateRows.length; k++) {
    const i = candidateRows[k]
    const nt = tCount.get(stratum[i])
    if (!nt) continue
    control.push(i)
    weight.push(nt / (cCount.get(stratum[i]) as number))
  }
  let strata = 0
  for (const s of tCount.keys()) if (cCount.has(s)) strata++
  return {
    stratum,
    treated: Int32Array.from(treated),
    control: Int32Array.from(control),
    controlWeight: Float64Array.from(weight),
    unmatchedTreated: unmatched,
    strata,
  }
}

/**
 * The stratified ATT of metric y over a matching: Σ_s w_s (ȳ_T,s − ȳ_C,s) with w_s = n_T,s / n_T, variance
 * Σ_s w_s² (v_T,s / n_T,s + v_C,s / n_C,s). A stratum arm of one customer borrows the arm's pooled
 * within-stratum variance. z interval.
 */
export function stratifiedDiff(y: ArrayLike<number>, matching: Matching, options: { alpha?: number } = {}): DiffResult {
  const alpha = checkAlpha(options.alpha)
  type Acc = { n: number; s: number; ss: number }
  const acc = (rows: Int32Array) => {
    const m = new Map<number, Acc>()
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]
      let a = m.get(matching.stratum[i])
      if (!a) m.set(matching.stratum[i], (a = { n: 0, s: 0, ss: 0 }))
      a.n++
      a.s += y[i]
      a.ss += y[i] * y[i]
    }
    return m
  }
  const T = acc(matching.treated)
  const C = acc(matching.control)
  const pooledVar = (m: Map<number, Acc>) => {
    let ss = 0
    let df = 0
    for (const a of m.values()) {
      if (a.n < 2) continue
      ss += a.ss - (a.s * a.s) / a.n
      df += a.n - 1
    }
    return df > 0 ? Math.max(0, ss / df) : 0
  }
  const vTp = pooledVar(T)
  const vCp = pooledVar(C)
  const nT = matching.treated.length
  let est = 0
  let variance = 0
  let meanT = 0
  let meanC = 0
  for (const [s, t] of T) {
    const c = C.get(s) as Acc
    const w = t.n / nT
    const mt = t.s / t.n
    const mc = c.s / c.n
    const vt = t.n > 1 ? Math.max(0, (t.ss - (t.s * t.s) / t.n) / (t.n - 1)) : vTp
    const vc = c.n > 1 ? Math.max(0, (c.ss - (c.s * c.s) / c.n) / (c.n - 1)) : vCp
    est += w * (mt - mc)
    meanT += w * mt
    meanC += w * mc
    variance += w * w * (vt / t.n + vc / c.n)
  }
  const se = Math.sqrt(variance)
  const statistic = se > 0 ? est / se : NaN
  const half = se * normalQuantile(1 - alpha / 2)
  return {
    estimator: "cem_stratified",
    nTreatment: nT,
    nControl: matching.control.length,
    meanTreatment: nT > 0 ? meanT : NaN,
    meanControl: nT > 0 ? meanC : NaN,
    diff: nT > 0 ? est : NaN,
    relative: meanC !== 0 ? est / meanC : NaN,
    se,
    df: Infinity,
    statistic,
    p: Number.isFinite(statistic) ? twoSidedZP(statistic) : NaN,
    alpha,
    ciLow: est - half,
    ciHigh: est + half,
  }
}

/** Standardised mean difference of a covariate between the treated and the weighted control (balance check). */
export function standardizedDifference(x: ArrayLike<number>, matching: Matching): { treated: number; control: number; smd: number } {
  let s = 0
  let ss = 0
  for (let k = 0; k < matching.treated.length; k++) {
    s += x[matching.treated[k]]
    ss += x[matching.treated[k]] ** 2
  }
  const nT = matching.treated.length
  const mT = s / nT
  const vT = nT > 1 ? (ss - nT * mT * mT) / (nT - 1) : 0
  let ws = 0
  let wsum = 0
  let wss = 0
  for (let k = 0; k < matching.control.length; k++) {
    const w = matching.controlWeight[k]
    const v = x[matching.control[k]]
    wsum += w
    ws += w * v
    wss += w * v * v
  }
  const mC = ws / wsum
  const vC = Math.max(0, wss / wsum - mC * mC)
  const sd = Math.sqrt((vT + vC) / 2)
  return { treated: mT, control: mC, smd: sd > 0 ? (mT - mC) / sd : 0 }
}
