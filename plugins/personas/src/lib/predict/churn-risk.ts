/** Churn risk band from the probability of buying within the horizon (Klaviyo's bands). */
export const CHURN_RISKS = ["low", "medium", "high"] as const
export type ChurnRisk = (typeof CHURN_RISKS)[number]

/**
 * low: P(no purchase) < 33 %; medium: 33-66 %; high: > 66 %; the boundaries themselves are "medium".
 * Compared on P(buy) against the literals 0.67 and 0.34, so float noise in 1 − p cannot move a boundary.
 */
export function churnRisk(pBuy: number): ChurnRisk {
  if (pBuy > 0.67) return "low"
  if (pBuy < 0.34) return "high"
  return "medium"
}
