import type { CustomerProfile } from "../profile/customer-profile"

/**
 * The behaviour features personas are clustered on. Money and counts are log1p-transformed before
 * z-scoring: spend and order counts are long-tailed, and without the log a handful of wholesale buyers
 * would each get their own cluster.
 */
export const PERSONA_FEATURES = [
  "recency_days",
  "orders",
  "monetary",
  "avg_order_value",
  "tenure_days",
  "mean_gap_days",
  "items_per_order",
  "discounted_share",
  "avg_discount_rate",
] as const
export type PersonaFeature = (typeof PERSONA_FEATURES)[number]

/** Which features are log1p-transformed (the rest are shares in 0..1 and stay as they are). */
export const LOG_FEATURES: ReadonlySet<PersonaFeature> = new Set([
  "recency_days",
  "orders",
  "monetary",
  "avg_order_value",
  "tenure_days",
  "mean_gap_days",
  "items_per_order",
])

export const PERSONA_DIMENSION = PERSONA_FEATURES.length

/**
 * Raw (untransformed) feature values of one buying customer, in PERSONA_FEATURES order; money in major
 * units so centroids read naturally. A one-order customer has no gap yet: their tenure stands in, a
 * lower bound on it.
 */
export function personaRawRow(p: CustomerProfile): number[] {
  const orders = Math.max(1, p.orderCount)
  return [
    p.recencyDays ?? 0,
    p.orderCount,
    p.monetaryMinor / 100,
    p.avgOrderValueMinor / 100,
    p.tenureDays ?? 0,
    p.meanInterPurchaseDays ?? p.tenureDays ?? 0,
    p.itemCount / orders,
    p.discountedShare,
    p.avgDiscountRate,
  ]
}

/** Raw values → clustering space before standardisation (log1p where LOG_FEATURES says so). */
export function transformPersonaRow(raw: ArrayLike<number>, out: Float64Array = new Float64Array(PERSONA_DIMENSION), offset = 0): Float64Array {
  PERSONA_FEATURES.forEach((f, j) => {
    out[offset + j] = LOG_FEATURES.has(f) ? Math.log1p(Math.max(0, raw[j])) : raw[j]
  })
  return out
}
