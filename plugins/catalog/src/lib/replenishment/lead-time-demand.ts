import { SizeDistribution, compoundPoissonMixtureCdf } from "../math/compound-poisson"
import { normalCdf, normalQuantile } from "../math/normal"

/**
 * Demand over a lead time. All quantities are per day: forecasts per week are divided by 7 by the caller.
 * Normal model with a random lead time (Silver, Pyke & Thomas, "Inventory and Production Management in Supply
 * Chains", 4th ed., §6.10, eq. for σ_L): mean d·L, variance L·σ_d² + d²·σ_LT².
 * Slow movers: the compound Poisson model (line rate λ per day, empirical line sizes), lead time mixed over three
 * points L − √3·σ_LT, L, L + √3·σ_LT with weights 1/6, 2/3, 1/6 (Gauss–Hermite), so a variable lead time widens
 * the distribution instead of being ignored.
 */
export type NormalDemand = { meanPerDay: number; sdPerDay: number }
export type LeadTime = { days: number; sdDays?: number }

export function leadTimeDemandNormal(d: NormalDemand, lt: LeadTime, extraDays = 0): { mean: number; sd: number } {
  const L = lt.days + extraDays
  const sdL = lt.sdDays ?? 0
  return { mean: d.meanPerDay * L, sd: Math.sqrt(L * d.sdPerDay ** 2 + d.meanPerDay ** 2 * sdL ** 2) }
}

export type CompoundDemand = { linesPerDay: number; sizes: SizeDistribution }

function leadTimePoints(lt: LeadTime, extraDays: number): { days: number[]; weights: number[] } {
  const sd = lt.sdDays ?? 0
  const L = lt.days + extraDays
  if (!(sd > 0)) return { days: [L], weights: [1] }
  const r = Math.sqrt(3) * sd
  return { days: [Math.max(0, L - r), L, L + r], weights: [1 / 6, 2 / 3, 1 / 6] }
}

/** P(lead-time demand ≤ x) under the compound Poisson model, for each x. */
export function leadTimeDemandCdf(d: CompoundDemand, lt: LeadTime, xs: number[], extraDays = 0): Float64Array {
  const { days, weights } = leadTimePoints(lt, extraDays)
  return compoundPoissonMixtureCdf(
    days.map((t) => d.linesPerDay * t),
    weights,
    d.sizes,
    xs
  )
}

/** Smallest integer x with P(lead-time demand ≤ x) ≥ p under the compound Poisson model (bisection on x). */
export function leadTimeDemandQuantile(d: CompoundDemand, lt: LeadTime, p: number, extraDays = 0): number {
  const { days } = leadTimePoints(lt, extraDays)
  const maxLambda = d.linesPerDay * Math.max(...days)
  let hi = Math.max(1, Math.ceil(maxLambda * d.sizes.m1 + 8 * Math.sqrt(maxLambda * d.sizes.m2) + Math.max(...d.sizes.values)))
  while (leadTimeDemandCdf(d, lt, [hi], extraDays)[0] < p && hi < 1e9) hi *= 2
  let lo = -1
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (leadTimeDemandCdf(d, lt, [mid], extraDays)[0] >= p) hi = mid
    else lo = mid
  }
  return hi
}

/** P(demand over `days` > available) — the stock-out risk before the next arrival — under the normal model. */
export function stockoutRiskNormal(d: NormalDemand, lt: LeadTime, available: number): number {
  const { mean, sd } = leadTimeDemandNormal(d, lt)
  if (sd <= 0) return mean > available ? 1 : 0
  return 1 - normalCdf((available + 0.5 - mean) / sd)
}

export function stockoutRiskCompound(d: CompoundDemand, lt: LeadTime, available: number): number {
  return 1 - leadTimeDemandCdf(d, lt, [Math.floor(available)])[0]
}

export { normalQuantile }
