import { quantile } from "../math/stats"
import { DemandClass } from "../series/demand-class"
import { DemandSeries } from "../series/demand-series"
import { CandidateRuns, ForecastConfig, ForecastPrior, SeriesContext, chooseRun, runCandidates } from "./forecast-series"
import { Candidate } from "./registry"

/**
 * Pooled calibration on a sample of series (all of them in the CLI, a seeded sample in the job), using only their
 * backtest windows, i.e. data before the as-of date:
 * 1. tune: for candidates given a grid, the arguments with the lowest pooled absolute error (Σ over series and
 *    windows, the backtest's WAPE numerator), e.g. the order-rate model's smoothing and point quantile;
 * 2. class losses: per demand class, each candidate's pooled absolute error relative to the reference candidate
 *    (the first), over the series where both ran: the prior of the per-series choice;
 * 3. empirical intervals: per class and horizon step, quantiles of the chosen methods' backtest errors divided by
 *    the series' recent demand level.
 * The result is plain JSON, so the job can store it and reuse it between runs.
 */
export type TuneSpec = { id: string; grid: Record<string, unknown>[] }

export type Calibration = {
  candidates: Candidate[]
  prior: ForecastPrior
  tuning: { id: string; args: Record<string, unknown>; abs: number; tried: number }[]
  /** pooled backtest WAPE of each candidate id and of the per-series choice ("selected") */
  backtestWape: Record<string, number>
  series: number
}

const CLASSES: DemandClass[] = ["smooth", "erratic", "intermittent", "lumpy", "new", "inactive"]

export function calibrateForecast(sample: DemandSeries[], config: ForecastConfig, options: { tune?: TuneSpec[]; context?: (i: number) => SeriesContext; tuneSample?: number } = {}): Calibration {
  const ctx = options.context ?? (() => ({}))
  // tuning runs every grid point: on a large sample it uses every k-th series only
  const stride = Math.max(1, Math.ceil(sample.length / (options.tuneSample ?? Infinity)))
  let candidates = config.candidates.map((c) => ({ ...c, args: { ...(c.args ?? {}) } }))
  const tuning: Calibration["tuning"] = []
  for (const spec of options.tune ?? []) {
    const base = candidates.find((c) => c.id === spec.id)
    if (!base) throw new RangeError(`tune: no candidate with id "${spec.id}"`)
    let bestAbs = Infinity
    let bestArgs = base.args
    for (const g of spec.grid) {
      const args = { ...base.args, ...g }
      const one: ForecastConfig = { ...config, candidates: [{ ...base, args }] }
      let abs = 0
      for (let i = 0; i < sample.length; i += stride) {
        const r = runCandidates(sample[i], one, ctx(i))
        if (r.runs.length) abs += r.runs[0].score.abs
      }
      if (abs < bestAbs - 1e-9) (bestAbs = abs), (bestArgs = args)
    }
    tuning.push({ id: spec.id, args: bestArgs, abs: bestAbs, tried: spec.grid.length })
    candidates = candidates.map((c) => (c.id === spec.id ? { ...c, args: bestArgs } : c))
  }
  const tuned: ForecastConfig = { ...config, candidates }
  const runs: CandidateRuns[] = sample.map((s, i) => runCandidates(s, tuned, ctx(i)))
  const refId = candidates[0].id
  const classLoss: ForecastPrior["classLoss"] = {}
  const totals: Record<string, { abs: number; actual: number }> = {}
  const pairSums = new Map<string, { abs: number; ref: number }>()
  for (const r of runs) {
    const ref = r.runs.find((x) => x.candidate.id === refId)
    for (const x of r.runs) {
      const t = (totals[x.candidate.id] ??= { abs: 0, actual: 0 })
      t.abs += x.score.abs
      t.actual += x.score.actual
      if (!ref) continue
      for (const cls of [r.demandClass, "all"]) {
        const key = `${cls}\u0000${x.candidate.id}`
        const p = pairSums.get(key) ?? { abs: 0, ref: 0 }
        p.abs += x.score.abs
        p.ref += ref.score.abs
        pairSums.set(key, p)
      }
    }
  }
  const allLoss: Record<string, number> = {}
  const refByClass = new Map<string, number>()
  for (const [key, p] of pairSums) {
    const [cls, id] = key.split("\u0000")
    if (cls === "all") allLoss[id] = p.ref > 0 ? p.abs / p.ref : 1
    if (id === refId) refByClass.set(cls, p.ref)
  }
  for (const [key, p] of pairSums) {
    const [cls, id] = key.split("\u0000")
    // a class whose backtests hold no error at all (e.g. products too new for any window) borrows the overall loss
    if (cls !== "all" && (refByClass.get(cls) ?? 0) > 0) ((classLoss[cls as DemandClass] ??= {}) as Record<string, number>)[id] = p.ref > 0 ? p.abs / p.ref : 1
  }
  for (const cls of CLASSES) if (!classLoss[cls]) classLoss[cls] = { ...allLoss }
  const prior: ForecastPrior = { classLoss, overall: allLoss, errorQuantiles: {} }
  // errors of the method each series would choose, scaled by its demand level at the origin
  const errs = new Map<string, number[][]>()
  let selAbs = 0
  let selActual = 0
  sample.forEach((s, i) => {
    const r = runs[i]
    const k = chooseRun(r, tuned, prior)
    if (k < 0) return
    const run = r.runs[k]
    selAbs += run.score.abs
    selActual += run.score.actual
    for (let row = 0; row < r.backtestRows; row++) {
      const o = r.origins[row]
      let sum = 0
      let cnt = 0
      for (let t = Math.max(0, o - 13); t < o; t++) if (!s.missing?.[t]) (sum += s.units[t], cnt++)
      const scale = cnt ? sum / cnt : 0
      if (!(scale > 0)) continue
      for (const cls of [r.demandClass, "all"]) {
        let byH = errs.get(cls)
        if (!byH) errs.set(cls, (byH = Array.from({ length: config.horizon }, () => [])))
        for (let h = 0; h < config.horizon; h++) {
          const t = o + h
          if (t >= s.units.length || s.missing?.[t]) continue
          byH[h].push((s.units[t] - run.out.point[row * config.horizon + h]) / scale)
        }
      }
    }
  })
  const bands = (byH: number[][]) =>
    config.levels.map((level) => ({
      level,
      lower: byH.map((e) => (e.length ? quantile(e, (1 - level) / 2) : 0)),
      upper: byH.map((e) => (e.length ? quantile(e, (1 + level) / 2) : 0)),
    }))
  const all = errs.get("all")
  for (const cls of CLASSES) {
    const byH = errs.get(cls)
    const enough = byH && byH.every((e) => e.length >= 30)
    if (enough) prior.errorQuantiles[cls] = bands(byH!)
    else if (all) prior.errorQuantiles[cls] = bands(all)
  }
  const backtestWape: Record<string, number> = {}
  for (const [id, t] of Object.entries(totals)) backtestWape[id] = t.actual > 0 ? t.abs / t.actual : NaN
  backtestWape.selected = selActual > 0 ? selAbs / selActual : NaN
  return { candidates, prior, tuning, backtestWape, series: sample.length }
}
