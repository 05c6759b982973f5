import { tCritical } from "../math/t-quantile"
import { fourierColumns, logs, priceLevels, toRowMajor } from "./design"
import { judgeEvidence } from "./evidence"
import { DEFAULT_ELASTICITY, estimateProductElasticity, type ElasticityEstimate, type ElasticityOptions } from "./estimate-elasticity"
import { ols } from "./ols"
import type { WeeklySeries } from "./weekly-observations"

export type PooledElasticity = {
  categoryId: string
  /** "cluster": clustered by product (at least minClusters products); "hc1" below that */
  errors: "hc1" | "cluster"
  elasticity: number
  ciLow: number
  ciHigh: number
  se: number
  df: number
  evidence: ElasticityEstimate["evidence"]
  reasons: string[]
  /** products with at least two weeks (the others carry no within-product information) */
  products: number
  observations: number
  controls: string[]
}

/**
 * The category's common slope with product fixed effects:
 *   ln units_iw = α_i + ε · ln price_iw + γ · discount_share_iw + seasonal terms + u_iw
 * fitted by the within transformation (every column demeaned per product, the α_i swept out and counted as
 * absorbed parameters), which gives the dummy-variable regression's ε and HC1 error exactly. Each product's level
 * is its own; only the reaction to its own price changes is shared, which is what a product with few weeks lacks.
 * Price variation counts within products: "distinct prices" is 1 + Σ (levels_i − 1).
 * Errors: a product's weeks are not independent (a slow month is slow for all its rows), which plain HC1 ignores
 * and so overstates the evidence; with at least `minClusters` products (default 10) the errors are clustered by
 * product and the interval uses products − 1 degrees of freedom. With fewer, clustering itself is unreliable
 * (Cameron & Miller 2015 §VI), so HC1 is used and the evidence judged on it.
 */
export function estimatePooledElasticity(
  categoryId: string,
  group: readonly WeeklySeries[],
  options: Partial<ElasticityOptions> & { minClusters?: number } = {}
): PooledElasticity {
  const o = { ...DEFAULT_ELASTICITY, ...options }
  const minClusters = options.minClusters ?? 10
  const used = group.filter((s) => s.week.length >= 2)
  const P = used.length
  const N = used.reduce((a, s) => a + s.week.length, 0)
  const y = new Float64Array(N)
  const lnp = new Float64Array(N)
  const disc = new Float64Array(N)
  const week = new Int32Array(N)
  const productOf = new Int32Array(N)
  const starts: number[] = []
  let at = 0
  let levels = 1
  for (const s of used) {
    starts.push(at)
    y.set(logs(s.units), at)
    lnp.set(logs(s.price), at)
    disc.set(s.discountShare, at)
    week.set(s.week, at)
    productOf.fill(starts.length - 1, at, at + s.week.length)
    levels += priceLevels(s) - 1
    at += s.week.length
  }
  starts.push(N)
  const demean = (v: Float64Array) => {
    for (let g = 0; g < P; g++) {
      const [a, b] = [starts[g], starts[g + 1]]
      let m = 0
      for (let i = a; i < b; i++) m += v[i]
      m /= b - a
      for (let i = a; i < b; i++) v[i] -= m
    }
    return v
  }
  demean(y)
  demean(lnp)
  demean(disc)
  let ss = 0
  for (let i = 0; i < N; i++) ss += lnp[i] * lnp[i]
  const lnPriceSd = N - P > 0 ? Math.sqrt(ss / (N - P)) : 0
  const cols: Float64Array[] = [lnp]
  const controls: string[] = []
  let dss = 0
  for (let i = 0; i < N; i++) dss += disc[i] * disc[i]
  const room = (extra: number) => N - P - cols.length - extra >= o.minResidualDf
  if (dss > 1e-12 && room(1)) {
    cols.push(disc)
    controls.push("discount_share")
  }
  for (const term of fourierColumns(week, o.pooledHarmonics)) {
    if (term.name.startsWith("season_sin") && !room(2)) break
    cols.push(demean(term.values))
    controls.push(term.name)
  }
  const cluster = P >= minClusters
  const fit = P > 0 && N - P > cols.length ? ols(toRowMajor(cols, N), y, N, cols.length, { absorbed: P, clusters: cluster ? productOf : undefined }) : null
  let [elasticity, se, ciLow, ciHigh, df] = [NaN, NaN, NaN, NaN, Math.max(0, N - P - cols.length)]
  if (fit) {
    elasticity = fit.coef[0]
    se = fit.se[0]
    const t = tCritical(o.level, fit.inferenceDf)
    ;[ciLow, ciHigh, df] = [elasticity - t * se, elasticity + t * se, fit.inferenceDf]
  }
  const { evidence, reasons } = judgeEvidence({ observations: N, priceLevels: levels, lnPriceSd, elasticity, ciLow, ciHigh }, o)
  return { categoryId, errors: cluster ? "cluster" : "hc1", elasticity, ciLow, ciHigh, se, df, evidence, reasons, products: P, observations: N, controls }
}

/**
 * Every product's elasticity: its own model, and — when its own data are insufficient — its category's pooled
 * estimate (source "pooled", with the pooled evidence), so a product with four weeks still gets a usable slope
 * when its category has enough. A product whose own estimate is merely weak keeps it: it has data, they just do
 * not show a clear reaction. Returned in the order of `series`.
 */
export function estimateElasticities(
  series: readonly WeeklySeries[],
  categoryOf: (productId: string) => string | null,
  options: Partial<ElasticityOptions> = {}
): { estimates: ElasticityEstimate[]; pooled: Map<string, PooledElasticity> } {
  const byCategory = new Map<string, WeeklySeries[]>()
  for (const s of series) {
    const c = categoryOf(s.productId)
    if (!c) continue
    const l = byCategory.get(c)
    if (l) l.push(s)
    else byCategory.set(c, [s])
  }
  const pooled = new Map<string, PooledElasticity>()
  const pooledFor = (c: string) => {
    let p = pooled.get(c)
    if (!p) pooled.set(c, (p = estimatePooledElasticity(c, byCategory.get(c) ?? [], options)))
    return p
  }
  const estimates = series.map((s) => {
    const c = categoryOf(s.productId)
    const own = estimateProductElasticity(s, options, c)
    if (own.evidence !== "insufficient" || !c) return own
    const p = pooledFor(c)
    if (!Number.isFinite(p.elasticity) || p.evidence === "insufficient") return own
    return {
      ...own,
      elasticity: p.elasticity,
      ciLow: p.ciLow,
      ciHigh: p.ciHigh,
      se: p.se,
      df: p.df,
      evidence: p.evidence,
      source: "pooled" as const,
      controls: p.controls,
      reasons: [`own data insufficient (${own.reasons.join("; ")}): category ${c} pooled over ${p.products} products`, ...p.reasons],
      pooled: { categoryId: c, products: p.products, observations: p.observations, errors: p.errors },
    }
  })
  return { estimates, pooled }
}
