import type { PolicyDecision } from "./evaluate-policy"
import type { Resolution, ReturnRequest } from "./policy-types"

/** Medusa's claim item reasons (OrderClaimItem.reason in @medusajs/types). */
export type ClaimReason = "missing_item" | "wrong_item" | "production_failure" | "other"

export type RemedyItem = { lineId: string; quantity: number; valueMinor: number }

/**
 * The Medusa order changes an approved case turns into, for the workflow to run with Medusa's own workflows:
 * - return: refund and store-credit lines go back on one return (refund through Medusa's refund flow, the
 *   store-credit part through the loyalty plugin's store credit instead of a refund)
 * - exchange: exchange lines come back and a new variant goes out (the workflow picks or asks for the variant)
 * - claim: a claim case (damaged, missing, defective) becomes one claim, "refund" or "replace"
 */
export type RemedyPlan = {
  return: { items: RemedyItem[]; refundMinor: number; storeCreditMinor: number } | null
  exchange: { items: RemedyItem[] } | null
  claim: { type: "refund" | "replace"; items: Array<RemedyItem & { reason: ClaimReason }>; refundMinor: number } | null
  /** Lines approved with more than one resolution left and none chosen: ask the customer first. */
  needsChoice: Array<{ lineId: string; options: Resolution[] }>
}

/**
 * Turns a policy decision into Medusa order changes. Acts on the approved lines, or on `lineIds` when an agent
 * approves lines the policy sent to review; a refused line is acted on only with `overrideRefusals` (an agent's
 * exception, which the caller records). The resolution is the one requested, else the only one left.
 */
export function planRemedy(
  request: ReturnRequest,
  decision: PolicyDecision,
  options: { lineIds?: readonly string[]; overrideRefusals?: boolean; claimReason?: (line: ReturnRequest["lines"][number]) => ClaimReason } = {}
): RemedyPlan {
  const byId = new Map(request.lines.map((l) => [l.lineId, l]))
  const chosen = options.lineIds ? decision.lines.filter((d) => options.lineIds?.includes(d.lineId)) : decision.lines.filter((d) => d.outcome === "approve")
  if (options.lineIds) {
    for (const id of options.lineIds) if (!decision.lines.some((d) => d.lineId === id)) throw new RangeError(`line ${id} is not in the decision`)
  }
  const plan: RemedyPlan = { return: null, exchange: null, claim: null, needsChoice: [] }
  const returnItems: Array<RemedyItem & { resolution: Resolution }> = []
  const exchangeItems: RemedyItem[] = []
  const claimItems: Array<RemedyItem & { reason: ClaimReason; resolution: Resolution }> = []
  for (const d of chosen) {
    if (d.outcome === "refuse" && !options.overrideRefusals) {
      throw new RangeError(`line ${d.lineId} was refused by ${d.decidedBy?.ruleCode ?? "the policy"}; pass overrideRefusals to act on it`)
    }
    const line = byId.get(d.lineId) as ReturnRequest["lines"][number]
    const options_ = d.resolutionOptions.length ? d.resolutionOptions : (["refund", "store_credit", "exchange"] as Resolution[])
    const resolution = d.requestedResolution ?? (options_.length === 1 ? options_[0] : null)
    if (resolution === null) {
      plan.needsChoice.push({ lineId: d.lineId, options: [...options_] })
      continue
    }
    const item = { lineId: d.lineId, quantity: d.quantity, valueMinor: d.valueMinor }
    if (request.kind === "claim") {
      const reason = options.claimReason?.(line) ?? (line.condition === "defective" ? "production_failure" : "other")
      claimItems.push({ ...item, reason, resolution })
    } else if (resolution === "exchange") exchangeItems.push(item)
    else returnItems.push({ ...item, resolution })
  }
  if (returnItems.length) {
    plan.return = {
      items: returnItems.map(({ resolution: _r, ...i }) => i),
      refundMinor: returnItems.filter((i) => i.resolution === "refund").reduce((s, i) => s + i.valueMinor, 0),
      storeCreditMinor: returnItems.filter((i) => i.resolution === "store_credit").reduce((s, i) => s + i.valueMinor, 0),
    }
  }
  if (exchangeItems.length) plan.exchange = { items: exchangeItems }
  if (claimItems.length) {
    // one claim per case: replace when any line asks for a replacement, else refund
    const replace = claimItems.some((i) => i.resolution === "exchange")
    plan.claim = {
      type: replace ? "replace" : "refund",
      items: claimItems.map(({ resolution: _r, ...i }) => i),
      refundMinor: replace ? 0 : claimItems.reduce((s, i) => s + i.valueMinor, 0),
    }
  }
  return plan
}
