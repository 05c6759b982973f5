import type { MedusaContainer } from "@medusajs/framework/types"
import type { CaseKind } from "../lib/cases/case-model"
import { buildReturnRequest, summarizeDecision, type DecisionSummary, type RequestedLine } from "../lib/policy/build-request"
import { evaluateReturnPolicy, type PolicyDecision } from "../lib/policy/evaluate-policy"
import type { ReturnHistory, ReturnKind, ReturnRequest } from "../lib/policy/policy-types"
import { checkWarranty, type WarrantyCheck, type WarrantyTerm } from "../lib/warranty/warranty-terms"
import type { OrderContext } from "../reads/order-context"
import { service } from "./case-change"
import type { AfterSalesConfig } from "./config"

export type RequestDecision = {
  summary: DecisionSummary
  /** The lib decision and request (return, exchange, claim): planRemedy needs both. */
  decision: PolicyDecision | null
  request: ReturnRequest | null
  warranty: (WarrantyCheck & { line_item_id: string }) | null
}

export async function warrantyTerms(container: MedusaContainer): Promise<WarrantyTerm[]> {
  const rows = await service(container).listFinesseAfterSalesWarrantyTerms({}, { take: 1000 })
  return rows.map((r: any) => ({
    id: r.id,
    name: r.name,
    productIds: r.product_ids ?? undefined,
    categoryIds: r.category_ids ?? undefined,
    months: r.months,
    covers: r.covers ?? [],
    excludes: r.excludes ?? undefined,
    startsFrom: r.starts_from,
  }))
}

/**
 * What the store's rules say about a request: the return policy for returns, exchanges and claims (evaluated at
 * the instant the customer asked, so a request made inside the window stays inside it however long the agent
 * takes), the warranty check for a repair. Questions have no decision.
 */
export async function decideRequest(
  container: MedusaContainer,
  config: AfterSalesConfig,
  kind: CaseKind,
  order: OrderContext | null,
  lines: readonly RequestedLine[],
  history: ReturnHistory | null,
  askedAt: number
): Promise<RequestDecision | null> {
  if (!order || !lines.length || kind === "question") return null
  if (kind === "repair") {
    const line = lines[0]
    const item = order.items.find((i) => i.id === line.lineItemId)
    if (!item) return null
    const check = checkWarranty({ terms: await warrantyTerms(container), item: { productId: item.productId, categoryIds: item.categoryIds }, order: order, issue: line.reason ?? null, now: askedAt })
    const approve = check.status === "in_warranty" && check.covered !== false
    const numbers = { status: check.status, ends_on: check.endsAt ? new Date(check.endsAt).toISOString().slice(0, 10) : null, days_left: check.daysLeft, covered: check.covered }
    const decided = { rule_code: "warranty", rule_id: check.term?.id ?? "warranty" }
    return {
      summary: {
        outcome: approve ? "approve" : "review",
        partial: false,
        decided_by: decided,
        message: check.message,
        flags: [],
        approved_units: approve ? line.quantity : 0,
        approved_value: approve ? line.quantity * item.unitPriceMinor : 0,
        lines: [{ line_item_id: item.id, outcome: approve ? "approve" : "review", decided_by: decided, message: check.message, numbers, resolution_options: [] }],
      },
      decision: null,
      request: null,
      warranty: { ...check, line_item_id: item.id },
    }
  }
  const request = buildReturnRequest(kind as ReturnKind, order, lines, history)
  const decision = evaluateReturnPolicy(config.compiledPolicy, request, askedAt)
  return { summary: summarizeDecision(decision), decision, request, warranty: null }
}
