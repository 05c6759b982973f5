import { createRng } from "../math/prng"
import { quantileSorted } from "../math/stats"
import { matchControls, type WeeklyMetrics } from "./match-controls"

export type EffectOptions = {
  /** weeks before the change compared with the weeks after; default 8 and 4 */
  preWeeks: number
  postWeeks: number
  /** control products per changed product; default 5 */
  controls: number
  /** bootstrap replicates; default 999 */
  bootstrap: number
  seed: number
  level: number
}

export const DEFAULT_EFFECT: EffectOptions = { preWeeks: 8, postWeeks: 4, controls: 5, bootstrap: 999, seed: 1, level: 0.95 }

/** A difference in differences of one metric, per week. */
export type MetricEffect = {
  /** (treated post − treated pre) − mean over controls of (post − pre): the change caused by the price change, per week */
  effect: number
  ciLow: number
  ciHigh: number
  /** effect over the counterfactual post level (treated pre + control change), percent; null when that is not positive */
  relativePct: number | null
  treatedPre: number
  treatedPost: number
  /** what the treated product would have done without the change: treated pre + the controls' change */
  counterfactualPost: number
}

export type ProductEffect = {
  productId: string
  changeWeek: number
  controls: { productId: string; distance: number }[]
  units: MetricEffect
  revenue: MetricEffect
  margin: MetricEffect
}

export type ChangeEffectResult = {
  products: ProductEffect[]
  /** the batch: effects summed over its products (units per week, revenue and margin in minor units per week) */
  total: { units: MetricEffect; revenue: MetricEffect; margin: MetricEffect } | null
  skipped: { productId: string; reason: string }[]
}

type Metric = "units" | "revenue" | "margin"
const METRICS: Metric[] = ["units", "revenue", "margin"]

/**
 * Effect of price changes by difference in differences against matched controls (matchControls). Each changed
 * product (a batch's products, or one) is compared over `preWeeks` before its change week and `postWeeks` from it.
 * The interval is a seeded percentile bootstrap that redraws, in each replicate, the pre weeks and the post weeks
 * (the same draws for every product, which keeps products changed in the same week on the same calendar) and each
 * product's controls, all with replacement; so it reflects both week-to-week noise and the choice of controls.
 * (Bertrand, Duflo & Mullainathan 2004 on why week-level noise must enter DiD intervals.)
 */
export function estimatePriceChangeEffect(
  series: readonly WeeklyMetrics[],
  changes: readonly { productId: string; changeWeek: number }[],
  options: Partial<EffectOptions> = {}
): ChangeEffectResult {
  const o = { ...DEFAULT_EFFECT, ...options }
  const byId = new Map(series.map((s) => [s.productId, s]))
  const changed = new Set(changes.map((c) => c.productId))
  const skipped: { productId: string; reason: string }[] = []
  type Unit = { t: WeeklyMetrics; c: WeeklyMetrics[]; change: number; matches: { productId: string; distance: number }[] }
  const units: Unit[] = []
  for (const ch of changes) {
    const t = byId.get(ch.productId)
    if (!t) {
      skipped.push({ productId: ch.productId, reason: "no weekly series for this product" })
      continue
    }
    const preFrom = ch.changeWeek - o.preWeeks
    const to = ch.changeWeek + o.postWeeks
    if (preFrom < 0 || to > t.units.length) {
      skipped.push({ productId: ch.productId, reason: `needs ${o.preWeeks} weeks before and ${o.postWeeks} from the change week in the series` })
      continue
    }
    const matches = matchControls(t, series, { preFrom, changeWeek: ch.changeWeek, to }, o.controls, changed)
    if (!matches.length) {
      skipped.push({ productId: ch.productId, reason: `no product of category ${t.categoryId ?? "(none)"} kept its price over the ${o.preWeeks + o.postWeeks} weeks` })
      continue
    }
    units.push({ t, c: matches.map((m) => byId.get(m.productId)!), change: ch.changeWeek, matches })
  }

  const meanAt = (v: Float64Array, base: number, offsets: ArrayLike<number>) => {
    let s = 0
    for (let i = 0; i < offsets.length; i++) s += v[base + offsets[i]]
    return s / offsets.length
  }
  const did = (u: Unit, m: Metric, pre: ArrayLike<number>, post: ArrayLike<number>, ctl: ArrayLike<number>) => {
    const p0 = u.change - o.preWeeks
    const tPre = meanAt(u.t[m], p0, pre)
    const tPost = meanAt(u.t[m], u.change, post)
    let dc = 0
    for (let i = 0; i < ctl.length; i++) {
      const c = u.c[ctl[i]]
      dc += meanAt(c[m], u.change, post) - meanAt(c[m], p0, pre)
    }
    dc /= ctl.length
    return { effect: tPost - tPre - dc, tPre, tPost, cf: tPre + dc }
  }
  const seq = (n: number) => Int32Array.from({ length: n }, (_, i) => i)
  const allPre = seq(o.preWeeks)
  const allPost = seq(o.postWeeks)

  // point estimates
  const point = units.map((u) => Object.fromEntries(METRICS.map((m) => [m, did(u, m, allPre, allPost, seq(u.c.length))])) as Record<Metric, ReturnType<typeof did>>)
  // bootstrap
  const rng = createRng(o.seed)
  const B = Math.max(0, Math.floor(o.bootstrap))
  const reps = units.map(() => METRICS.map(() => new Float64Array(B)))
  const totalReps = METRICS.map(() => new Float64Array(B))
  const pre = new Int32Array(o.preWeeks)
  const post = new Int32Array(o.postWeeks)
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < pre.length; i++) pre[i] = rng.int(o.preWeeks)
    for (let i = 0; i < post.length; i++) post[i] = rng.int(o.postWeeks)
    units.forEach((u, k) => {
      const ctl = Int32Array.from({ length: u.c.length }, () => rng.int(u.c.length))
      METRICS.forEach((m, j) => {
        const e = did(u, m, pre, post, ctl).effect
        reps[k][j][b] = e
        totalReps[j][b] += e
      })
    })
  }
  const alpha = (1 - o.level) / 2
  const interval = (r: Float64Array) => {
    if (!r.length) return [NaN, NaN]
    const s = Float64Array.from(r).sort()
    return [quantileSorted(s, alpha), quantileSorted(s, 1 - alpha)]
  }
  const pack = (effect: number, tPre: number, tPost: number, cf: number, r: Float64Array): MetricEffect => {
    const [ciLow, ciHigh] = interval(r)
    return { effect, ciLow, ciHigh, relativePct: cf > 0 ? (effect / cf) * 100 : null, treatedPre: tPre, treatedPost: tPost, counterfactualPost: cf }
  }
  const products: ProductEffect[] = units.map((u, k) => {
    const pe = point[k]
    const [un, rev, mar] = METRICS.map((m, j) => pack(pe[m].effect, pe[m].tPre, pe[m].tPost, pe[m].cf, reps[k][j]))
    return { productId: u.t.productId, changeWeek: u.change, controls: u.matches, units: un, revenue: rev, margin: mar }
  })
  let total: ChangeEffectResult["total"] = null
  if (units.length) {
    const [un, rev, mar] = METRICS.map((m, j) => {
      const sum = (f: (x: ReturnType<typeof did>) => number) => point.reduce((a, p) => a + f(p[m]), 0)
      return pack(sum((x) => x.effect), sum((x) => x.tPre), sum((x) => x.tPost), sum((x) => x.cf), totalReps[j])
    })
    total = { units: un, revenue: rev, margin: mar }
  }
  return { products, total, skipped }
}
