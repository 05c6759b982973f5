/**
 * What a refund says it is, from its reason code, reason label and note: a chargeback ("chargeback", "dispute"),
 * a refund for fraud ("fraud", "stolen", "unauthorized"), or a plain refund (a return).
 */
export function refundOutcomeKind(texts: ReadonlyArray<string | null | undefined>): "chargeback" | "fraud_refund" | "refund" {
  const t = texts.filter(Boolean).join(" ").toLowerCase()
  if (/charge[\s_-]?back|dispute/.test(t)) return "chargeback"
  if (/fraud|stolen|unauthori[sz]ed/.test(t)) return "fraud_refund"
  return "refund"
}
