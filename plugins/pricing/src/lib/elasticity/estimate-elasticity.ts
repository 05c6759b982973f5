import { tCritical } from "../math/t-quantile"
import type { ElasticityInfo } from "../strategies/types"
import { fourierColumns, logs, priceLevels, toRowMajor, variance } from "./design"
import { DEFAULT_EVIDENCE, judgeEvidence, type EvidenceOptions } from "./evidence"
import { ols } from "./ols"
import type { WeeklySeries } from "./weekly-observations"

export type ElasticityOptions = EvidenceOptions & {
  /** Fourier harmonics of the annual cycle for one product; default 1 */
  harmonics: number
  /** Fourier harmonics in the pooled category model; default 2 */
  pooledHarmonics: number
  /** a control is added only while at least this many residual degrees of freedom remain; default 4 */
  minResidualDf: number
  /** confidence level of the interval; default 0.95 */
  level: number
}

export const DEFAULT_ELASTICITY: ElasticityOptions = { ...DEFAULT_EVIDENCE, harmonics: 1, pooledHarmonics: 2, minResidualDf: 4, level: 0.95 }

export type ElasticityEstimate = ElasticityInfo & {
  productId: string
  categoryId: string | null
  /** the product's own observations (weeks with sales) */
  observations: number
  /** HC1 standard error of the elasticity (NaN without an estimate) */
  se: number
  df: number
  lnPriceSd: number
  priceLevels: number
  /** the controls in the model besides log price: discount_share, season_sin1, season_cos1, … */
  controls: string[]
  /** why the evidence is not good (empty when good) */
  reasons: string[]
  /** set when the figures are the category's pooled estimate */
  pooled?: { categoryId: string; products: number; observations: number; errors: "hc1" | "cluster" }
}

/**
 * One product's log-log demand model on its weekly observations:
 *   ln units_w = α + ε · ln price_w + γ · discount_share_w + Σ_h (a_h sin 2πh t_w + b_h cos 2πh t_w) + u_w
 * by OLS with HC1 errors; ε is the elasticity, its interval uses Student's t on the residual df. Controls that do
 * not vary (no discounts at all) are left out rather than making X'X singular; seasonal terms are added only while
 * minResidualDf degrees of freedom remain. Weeks without sales are not observed, so a price so high that nobody
 * bought is invisible: the estimate describes demand where the product did sell.
 */
export function estimateProductElasticity(
  s: WeeklySeries,
  options: Partial<ElasticityOptions> = {},
  categoryId: string | null = null
): ElasticityEstimate {
  const o = { ...DEFAULT_ELASTICITY, ...options }
  const n = s.week.length
  const lnq = logs(s.units)
  const lnp = logs(s.price)
  const levels = priceLevels(s)
  const lnPriceSd = Math.sqrt(variance(lnp))
  const cols: ArrayLike<number>[] = [new Float64Array(n).fill(1), lnp]
  const controls: string[] = []
  if (variance(s.discountShare) > 1e-12 && n - cols.length - 1 >= o.minResidualDf) {
    cols.push(s.discountShare)
    controls.push("discount_share")
  }
  for (const term of fourierColumns(s.week, o.harmonics)) {
    // sin and cos of one harmonic come as a pair
    if (term.name.startsWith("season_sin") && n - cols.length - 2 < o.minResidualDf) break
    cols.push(term.values)
    controls.push(term.name)
  }
  const fit = levels >= 2 && n > cols.length ? ols(toRowMajor(cols, n), lnq, n, cols.length) : null
  let elasticity = NaN
  let se = NaN
  let ciLow = NaN
  let ciHigh = NaN
  let df = fit ? fit.df : Math.max(0, n - cols.length)
  if (fit) {
    elasticity = fit.coef[1]
    se = fit.se[1]
    const t = tCritical(o.level, fit.df)
    ciLow = elasticity - t * se
    ciHigh = elasticity + t * se
    df = fit.df
  }
  const { evidence, reasons } = judgeEvidence({ observations: n, priceLevels: levels, lnPriceSd, elasticity, ciLow, ciHigh }, o)
  return { productId: s.productId, categoryId, elasticity, ciLow, ciHigh, evidence, source: "product", observations: n, se, df, lnPriceSd, priceLevels: levels, controls, reasons }
}
