import { Matrix, solve } from "ml-matrix"

/**
 * Price and promotion effects as a multiplicative adjustment: log(units_t) = a + b·t + ε·log(p_t / p̄) + δ·promo_t
 * by least squares over the periods with sales (a constant-elasticity demand curve with a linear trend so a price
 * cut during growth is not all credited to the price). The history is divided by exp(ε·log(p_t/p̄) + δ·promo_t)
 * before a method sees it and the forecast is multiplied by the same factor for the planned price and promotion.
 * Estimates are clamped to plausible ranges (ε ∈ [−6, 0], δ ∈ [−0.5, 3]) and only used when prices or
 * promotions actually varied.
 */
export type PriceResponse = {
  elasticity: number
  promoLift: number
  /** reference (geometric mean) price in minor units */
  refPrice: number
  periods: number
}

export type PlannedConditions = {
  /** planned net unit price per horizon period (minor units; NaN or absent = the reference price) */
  price?: ArrayLike<number>
  /** planned promotion share per horizon period in [0, 1] */
  promo?: ArrayLike<number>
}

export function fitPriceResponse(units: ArrayLike<number>, price: ArrayLike<number> | undefined, promo: ArrayLike<number> | undefined, end = units.length, options: { minPeriods?: number; minLogPriceSd?: number } = {}): PriceResponse | null {
  const minPeriods = options.minPeriods ?? 8
  const rows: number[][] = []
  const target: number[] = []
  let logSum = 0
  let count = 0
  for (let t = 0; t < end; t++) if (units[t] > 0 && price && price[t] > 0) (logSum += Math.log(price[t]), count++)
  const refLog = count ? logSum / count : 0
  let priceVar = 0
  let promoVar = 0
  let promoMean = 0
  for (let t = 0; t < end; t++) {
    if (!(units[t] > 0)) continue
    const lp = price && price[t] > 0 ? Math.log(price[t]) - refLog : 0
    const pr = promo ? promo[t] : 0
    rows.push([1, t / Math.max(1, end), lp, pr])
    target.push(Math.log(units[t]))
    priceVar += lp * lp
    promoMean += pr
  }
  const n = rows.length
  if (n < minPeriods) return null
  promoMean /= n
  for (const r of rows) promoVar += (r[3] - promoMean) ** 2
  const usePrice = Math.sqrt(priceVar / n) >= (options.minLogPriceSd ?? 0.02)
  const usePromo = promoVar / n > 1e-4
  if (!usePrice && !usePromo) return null
  const cols = [0, 1, ...(usePrice ? [2] : []), ...(usePromo ? [3] : [])]
  const X = new Matrix(rows.map((r) => cols.map((c) => r[c])))
  const Y = Matrix.columnVector(target)
  const Xt = X.transpose()
  // a small ridge keeps the normal equations solvable when a column is nearly constant
  const XtX = Xt.mmul(X).add(Matrix.eye(cols.length).mul(1e-6))
  const beta = solve(XtX, Xt.mmul(Y)).to1DArray()
  let k = 2
  const elasticity = usePrice ? Math.min(0, Math.max(-6, beta[k++])) : 0
  const promoLift = usePromo ? Math.min(3, Math.max(-0.5, beta[k++])) : 0
  return { elasticity, promoLift, refPrice: Math.exp(refLog), periods: n }
}

/** Multiplier of demand at price p and promotion share q relative to the reference conditions. */
export function responseFactor(r: PriceResponse, p: number | undefined, q: number | undefined): number {
  const lp = p !== undefined && p > 0 && Number.isFinite(p) ? Math.log(p / r.refPrice) : 0
  return Math.exp(r.elasticity * lp + r.promoLift * (q ?? 0))
}
