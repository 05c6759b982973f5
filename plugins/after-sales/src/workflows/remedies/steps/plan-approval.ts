import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DecisionSummary } from "../../../lib/policy/build-request"
import { planRemedy, type ClaimReason } from "../../../lib/policy/remedy-plan"
import { loadConfig } from "../../../engine/config"
import { decideRequest } from "../../../engine/decide-request"
import type { ApprovalContext, ApproveCaseInput } from "./load-approval"

export type ApprovalPlan = {
  case_id: string
  order_id: string
  currency_code: string
  description: string
  metadata: Record<string, unknown>
  location_id: string | null
  shipping_option_id: string | null
  decision: DecisionSummary
  override: boolean
  return: { items: Array<{ id: string; quantity: number; internal_note: string }>; refund: number; store_credit: number } | null
  exchange: { items: Array<{ id: string; quantity: number }>; outbound: Array<{ variant_id: string; quantity: number }>; value: number } | null
  claim: { type: "refund" | "replace"; items: Array<{ id: string; quantity: number; reason: ClaimReason; description: string }>; outbound: Array<{ variant_id: string; quantity: number }>; refund: number } | null
  repair: { line_item_id: string; product_id: string | null; variant_id: string | null; issue: string | null; warranty_status: string; warranty_term_id: string | null; warranty_ends_at: number | null; covered: boolean | null } | null
  /** Lines acted on, with the value each stands for (minor units). */
  lines: Array<{ line_item_id: string; quantity: number; value: number; resolution: string | null }>
}

const CLAIM_REASON: Record<string, ClaimReason> = { wrong_item: "wrong_item", missing_item: "missing_item", defective: "production_failure", damaged: "production_failure" }

/**
 * Decides what the approval creates, read-only: the policy again at the instant the customer asked, then
 * lib planRemedy. A refused line is approved only with an override; every refusal names its rule.
 */
export const planApprovalStep = createStep("after-sales-plan-approval", async ({ input, ctx }: { input: ApproveCaseInput; ctx: ApprovalContext }, { container }) => {
  const config = await loadConfig(container)
  const row = ctx.case
  const resolutions = input.resolutions ?? {}
  for (const id of Object.keys(resolutions)) {
    if (!ctx.lines.some((l) => l.line_item_id === id)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: resolutions.${id}: not a line of this case`)
  }
  const requested = ctx.lines.map((l) => ({ lineItemId: l.line_item_id, quantity: l.quantity, condition: l.condition, resolution: resolutions[l.line_item_id] ?? l.resolution, reason: l.reason }))
  const d = await decideRequest(container, config, row.kind, ctx.order, requested, ctx.history, new Date(row.created_at).getTime())
  if (!d) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "nothing to approve on this case")
  const base = {
    case_id: row.id,
    order_id: ctx.order.id,
    currency_code: ctx.order.currencyCode,
    description: `After-sales case ${row.rma_number}`,
    metadata: { finesse_case_id: row.id, rma_number: row.rma_number },
    location_id: config.settings.return_location_id ?? ctx.order.shippedFromLocationId,
    shipping_option_id: config.settings.return_shipping_option_id,
    decision: d.summary,
    override: !!input.override_refusals,
    return: null,
    exchange: null,
    claim: null,
    repair: null,
  }
  if (row.kind === "repair") {
    const w = d.warranty
    const line = ctx.lines[0]
    if (input.actor.type === "system" && d.summary.outcome !== "approve") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `repair needs an agent: ${d.summary.message}`)
    const plan: ApprovalPlan = {
      ...base,
      repair: {
        line_item_id: line.line_item_id,
        product_id: line.product_id,
        variant_id: line.variant_id,
        issue: line.reason,
        warranty_status: w?.status ?? "no_warranty",
        warranty_term_id: w?.term?.id ?? null,
        warranty_ends_at: w?.endsAt ?? null,
        covered: w?.covered ?? null,
      },
      lines: [{ line_item_id: line.line_item_id, quantity: line.quantity, value: line.quantity * line.unit_price, resolution: null }],
    }
    return new StepResponse(plan)
  }
  const decision = d.decision!
  const request = d.request!
  let lineIds = input.line_ids ?? null
  if (!lineIds && input.actor.type === "agent") {
    // an agent approving a case in review approves what the policy did not refuse
    const open = decision.lines.filter((l) => l.outcome !== "refuse").map((l) => l.lineId)
    lineIds = open.length ? open : null
  }
  const refused = decision.lines.filter((l) => l.outcome === "refuse" && (!lineIds || lineIds.includes(l.lineId)))
  if (!input.override_refusals && (refused.length && (lineIds || decision.outcome === "refuse"))) {
    const r = refused[0]
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `refused by the return policy rule ${r.decidedBy?.ruleCode ?? "policy"} (${r.decidedBy?.ruleId ?? "policy"}): ${r.message}; an approver can override`
    )
  }
  if (!lineIds && decision.outcome !== "approve") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `the policy did not approve this request automatically: ${decision.message}`)
  }
  let remedy
  try {
    remedy = planRemedy(request, decision, {
      lineIds: lineIds ?? undefined,
      overrideRefusals: !!input.override_refusals,
      claimReason: (l) => CLAIM_REASON[l.reason ?? ""] ?? (l.condition === "defective" ? "production_failure" : "other"),
    })
  } catch (e) {
    if (e instanceof RangeError) throw new MedusaError(MedusaError.Types.INVALID_DATA, e.message)
    throw e
  }
  if (remedy.needsChoice.length) {
    const c = remedy.needsChoice[0]
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: resolutions.${c.lineId}: choose one of ${c.options.join(", ")}`)
  }
  const lineById = new Map(ctx.lines.map((l) => [l.line_item_id, l]))
  const variantOut = (id: string) => input.exchange_variants?.[id] ?? lineById.get(id)?.exchange_variant_id ?? lineById.get(id)?.variant_id
  const outbound = (items: Array<{ lineId: string; quantity: number }>) =>
    items.map((i) => {
      const v = variantOut(i.lineId)
      if (!v) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: exchange_variants.${i.lineId}: which variant should go out?`)
      return { variant_id: v, quantity: i.quantity }
    })
  const plan: ApprovalPlan = {
    ...base,
    return: remedy.return
      ? { items: remedy.return.items.map((i) => ({ id: i.lineId, quantity: i.quantity, internal_note: `${row.rma_number}` })), refund: remedy.return.refundMinor, store_credit: remedy.return.storeCreditMinor }
      : null,
    exchange: remedy.exchange ? { items: remedy.exchange.items.map((i) => ({ id: i.lineId, quantity: i.quantity })), outbound: outbound(remedy.exchange.items), value: remedy.exchange.items.reduce((s, i) => s + i.valueMinor, 0) } : null,
    claim: remedy.claim
      ? {
          type: remedy.claim.type,
          items: remedy.claim.items.map((i) => ({ id: i.lineId, quantity: i.quantity, reason: i.reason, description: row.rma_number })),
          outbound: remedy.claim.type === "replace" ? outbound(remedy.claim.items) : [],
          refund: remedy.claim.refundMinor,
        }
      : null,
    lines: [
      ...(remedy.return?.items ?? []).map((i) => ({ line_item_id: i.lineId, quantity: i.quantity, value: i.valueMinor, resolution: request.lines.find((l) => l.lineId === i.lineId)?.requestedResolution ?? null })),
      ...(remedy.exchange?.items ?? []).map((i) => ({ line_item_id: i.lineId, quantity: i.quantity, value: i.valueMinor, resolution: "exchange" })),
      ...(remedy.claim?.items ?? []).map((i) => ({ line_item_id: i.lineId, quantity: i.quantity, value: i.valueMinor, resolution: remedy.claim?.type === "replace" ? "exchange" : "refund" })),
    ],
  }
  return new StepResponse(plan)
})
