import type { ItemCondition, Resolution, ReturnHistory, ReturnKind, ReturnRequest } from "./policy-types"

/** An order as the policy needs it, read from Medusa by the caller (times epoch ms, money minor units). */
export type OrderSnapshot = {
  id: string
  customerId: string | null
  placedAt: number
  deliveredAt: number | null
  regionId: string | null
  countryCode: string | null
  items: Array<{
    id: string
    productId: string
    variantId: string | null
    categoryIds: string[]
    tags: string[]
    finalSale: boolean
    /** Units bought on the line. */
    quantity: number
    /** Units already on a return in Medusa (requested or received) or approved on another case. */
    returnedQuantity: number
    /** Paid per unit after discounts. */
    unitPriceMinor: number
  }>
}

export type RequestedLine = {
  lineItemId: string
  quantity: number
  condition?: ItemCondition | null
  resolution?: Resolution | null
  reason?: string | null
}

/** A requested line that is not on the order (the HTTP layer answers 400 naming it). */
export class UnknownOrderLineError extends Error {
  readonly code = "case.unknown_line"
  constructor(readonly lineItemId: string) {
    super(`line ${lineItemId} is not an item of this order`)
    this.name = "UnknownOrderLineError"
  }
}

/** The policy's request for the lines a customer asked about: each line with what was bought, returned and paid. */
export function buildReturnRequest(kind: ReturnKind, order: OrderSnapshot, lines: readonly RequestedLine[], history: ReturnHistory | null): ReturnRequest {
  const items = new Map(order.items.map((i) => [i.id, i]))
  return {
    kind,
    order: { id: order.id, placedAt: order.placedAt, deliveredAt: order.deliveredAt, regionId: order.regionId, countryCode: order.countryCode },
    customer: { id: order.customerId, history },
    lines: lines.map((l) => {
      const item = items.get(l.lineItemId)
      if (!item) throw new UnknownOrderLineError(l.lineItemId)
      return {
        lineId: item.id,
        productId: item.productId,
        variantId: item.variantId,
        categoryIds: item.categoryIds,
        tags: item.tags,
        finalSale: item.finalSale,
        quantity: l.quantity,
        purchasedQuantity: item.quantity,
        returnedQuantity: item.returnedQuantity,
        unitPriceMinor: item.unitPriceMinor,
        condition: l.condition ?? null,
        requestedResolution: l.resolution ?? null,
        reason: l.reason ?? null,
      }
    }),
  }
}

/** A serialisable summary of a decision for the case row and the HTTP answer: the deciding rule and figures per line. */
export function summarizeDecision(decision: {
  outcome: string
  partial: boolean
  decidedBy: { ruleCode: string; ruleId: string } | null
  message: string
  flags: string[]
  approvedUnits: number
  approvedValueMinor: number
  lines: Array<{ lineId: string; outcome: string; decidedBy: { ruleCode: string; ruleId: string } | null; message: string; numbers: Record<string, unknown>; resolutionOptions: string[] }>
}) {
  return {
    outcome: decision.outcome,
    partial: decision.partial,
    decided_by: decision.decidedBy ? { rule_code: decision.decidedBy.ruleCode, rule_id: decision.decidedBy.ruleId } : null,
    message: decision.message,
    flags: decision.flags,
    approved_units: decision.approvedUnits,
    approved_value: decision.approvedValueMinor,
    lines: decision.lines.map((l) => ({
      line_item_id: l.lineId,
      outcome: l.outcome,
      decided_by: l.decidedBy ? { rule_code: l.decidedBy.ruleCode, rule_id: l.decidedBy.ruleId } : null,
      message: l.message,
      numbers: l.numbers,
      resolution_options: l.resolutionOptions,
    })),
  }
}
export type DecisionSummary = ReturnType<typeof summarizeDecision>
