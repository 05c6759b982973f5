/** What happened to an order after it was placed, as the glue reads it from Medusa and the review queue. */
export type OrderOutcome =
  | { kind: "chargeback"; at: number }
  | { kind: "refund"; at: number; fraud: boolean }
  | { kind: "cancellation"; at: number; fraud: boolean }
  | { kind: "review_approved"; at: number }

export type LabelOptions = {
  now: number
  /** An order with no fraud outcome is labelled good only once this old (chargebacks arrive for weeks). */
  matureDays?: number
  /** Count every refund as fraud (stores whose refunds are mostly "item not received" claims). */
  refundsAreFraud?: boolean
}

/**
 * The training label of one order: 1 for a chargeback, or a refund or cancellation marked as fraud; 0 for an
 * order past the maturity period without one (a plain refund is a return, not fraud); null while too young, or
 * for a cancellation not marked as fraud (it was never shipped, so it says nothing either way).
 */
export function riskLabel(placedAt: number, outcomes: readonly OrderOutcome[], o: LabelOptions): 0 | 1 | null {
  const refundsAreFraud = o.refundsAreFraud ?? false
  let cancelled = false
  for (const e of outcomes) {
    if (e.kind === "chargeback") return 1
    if ((e.kind === "refund" || e.kind === "cancellation") && e.fraud) return 1
    if (e.kind === "refund" && refundsAreFraud) return 1
    if (e.kind === "cancellation") cancelled = true
  }
  if (cancelled) return null
  return o.now - placedAt >= (o.matureDays ?? 60) * 86_400_000 ? 0 : null
}
