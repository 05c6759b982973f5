import { ContainerRegistrationKeys, generateEntityId, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { formatRmaNumber } from "../../../lib/cases/rma-number"
import { initialRepairStatus } from "../../../lib/warranty/repair-status"
import { computeCaseChange, persistCaseChange, service, undoCaseChange, type PersistedChange } from "../../../engine/case-change"
import { loadConfig } from "../../../engine/config"
import { FINESSE_AFTER_SALES_MODULE } from "../../../modules/finesse-after-sales"
import type { ApprovalContext, ApproveCaseInput } from "./load-approval"
import type { ApprovalPlan } from "./plan-approval"

type Created = { return_id: string | null; exchange_id: string | null; claim_id: string | null }
type Undo = { change: PersistedChange; remedy_ids: string[]; repair_id: string | null; links: Array<Record<string, Record<string, string>>> }

const money = (minor: number, currency: string) => `${fromMinor(minor, currency).toFixed(2)} ${currency.toUpperCase()}`

function approvalText(plan: ApprovalPlan, rma: string, repairRma: string | null): string {
  const parts: string[] = []
  if (plan.return) {
    const r = plan.return
    parts.push(`your return ${rma} is approved`)
    if (r.refund) parts.push(`we refund ${money(r.refund, plan.currency_code)} once the items reach us`)
    if (r.store_credit) parts.push(`you get ${money(r.store_credit, plan.currency_code)} in store credit`)
  }
  if (plan.exchange) parts.push(`your exchange ${rma} is approved: the replacement ships once we have booked it`)
  if (plan.claim) parts.push(plan.claim.type === "replace" ? `we send you a replacement (${rma})` : `we refund ${money(plan.claim.refund, plan.currency_code)} for the faulty items (${rma})`)
  if (plan.repair) parts.push(`your repair ${repairRma} is ${plan.repair.warranty_status === "in_warranty" ? "covered by the warranty" : "registered; we send you a quote after a look"}`)
  const text = parts.join("; ")
  return text.charAt(0).toUpperCase() + text.slice(1) + "."
}

/**
 * Records what the approval created: the case approved (lib "approve"), one remedy row per Medusa return, exchange
 * or claim (linked to it) or the repair with its own RMA number, the lines' outcomes, and a message to the customer.
 */
export const recordApprovalStep = createStep(
  "after-sales-record-approval",
  async ({ input, ctx, plan, created }: { input: ApproveCaseInput; ctx: ApprovalContext; plan: ApprovalPlan; created: Created }, { container }) => {
    const config = await loadConfig(container)
    const db = service(container).db()
    const row = ctx.case
    const at = ctx.at
    const { patch, transition } = computeCaseChange(row, "approve", input.actor, { at, config })
    if (!transition.effects.includes("create_remedy")) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the case cannot be approved now")
    const remedyIds: string[] = []
    const links: Undo["links"] = []
    let repairId: string | null = null
    let repairRma: string | null = null
    const base = { case_id: row.id, order_id: plan.order_id, currency_code: plan.currency_code, created_at: new Date(at), updated_at: new Date(at) }
    const insert = async (r: Record<string, unknown>) => {
      const id = generateEntityId(undefined, "fasrem")
      await db("finesse_after_sales_remedy").insert({ id, ...base, ...r, items: r.items ? JSON.stringify(r.items) : null, data: r.data ? JSON.stringify(r.data) : null })
      remedyIds.push(id)
      return id
    }
    const link = async (remedyId: string, key: string, id: string) => {
      const l = { [FINESSE_AFTER_SALES_MODULE]: { finesse_after_sales_remedy_id: remedyId }, [Modules.ORDER]: { [key]: id } }
      await container.resolve(ContainerRegistrationKeys.LINK).create(l)
      links.push(l)
    }
    if (plan.return && created.return_id) {
      const id = await insert({ type: "return", status: "requested", return_id: created.return_id, refund_amount: plan.return.refund, store_credit_amount: plan.return.store_credit, items: plan.return.items })
      await link(id, "return_id", created.return_id)
    }
    if (plan.exchange && created.exchange_id) {
      const { data: [ex] } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order_exchange", fields: ["id", "return_id"], filters: { id: created.exchange_id } })
      const id = await insert({ type: "exchange", status: "requested", exchange_id: created.exchange_id, return_id: (ex as any)?.return_id ?? null, items: plan.exchange.items, data: { outbound: plan.exchange.outbound } })
      await link(id, "order_exchange_id", created.exchange_id)
    }
    if (plan.claim && created.claim_id) {
      const id = await insert({ type: "claim", status: "requested", claim_id: created.claim_id, refund_amount: plan.claim.refund, items: plan.claim.items, data: { type: plan.claim.type, outbound: plan.claim.outbound } })
      await link(id, "order_claim_id", created.claim_id)
    }
    if (plan.repair) {
      repairId = generateEntityId(undefined, "fasrep")
      const status = initialRepairStatus(plan.repair.warranty_status as "in_warranty" | "out_of_warranty" | "no_warranty", plan.repair.covered)
      // repairs number in their own space: the case's RMA with an R prefix
      repairRma = formatRmaNumber(row.number, { prefix: "RPR" })
      await db("finesse_after_sales_repair").insert({
        id: repairId,
        case_id: row.id,
        rma_number: repairRma,
        status,
        line_item_id: plan.repair.line_item_id,
        product_id: plan.repair.product_id,
        variant_id: plan.repair.variant_id,
        issue: plan.repair.issue,
        warranty_status: plan.repair.warranty_status,
        warranty_term_id: plan.repair.warranty_term_id,
        warranty_ends_at: plan.repair.warranty_ends_at ? new Date(plan.repair.warranty_ends_at) : null,
        covered: plan.repair.covered,
        currency_code: plan.currency_code,
        history: JSON.stringify([{ at, from: null, to: status, actor_type: input.actor.type, actor_id: input.actor.id }]),
        created_at: new Date(at),
        updated_at: new Date(at),
      })
      await insert({ type: "repair", status, repair_id: repairId, items: [{ id: plan.repair.line_item_id, quantity: 1 }] })
    }
    for (const l of plan.lines) {
      await db("finesse_after_sales_case_line").where({ case_id: row.id, line_item_id: l.line_item_id }).update({ outcome: "approved", updated_at: new Date(at) })
    }
    const text = input.note?.trim() || approvalText(plan, row.rma_number, repairRma)
    const change = await persistCaseChange(
      container,
      row,
      { ...patch, decision: plan.decision, flags: [...new Set([...(row.flags ?? []), ...plan.decision.flags, ...(plan.override ? ["policy_override"] : [])])] },
      {
        action: "approve",
        actor: input.actor,
        at,
        data: { return_id: created.return_id, exchange_id: created.exchange_id, claim_id: created.claim_id, repair_id: repairId, override: plan.override, decided_by: plan.decision.decided_by?.rule_code ?? null, refund: plan.return?.refund ?? plan.claim?.refund ?? 0 },
      },
      { visibility: "customer", author_type: input.actor.type === "system" ? "system" : "agent", author_id: input.actor.id, body: fieldCipher(container).encrypt(text) }
    )
    const undo: Undo = { change, remedy_ids: remedyIds, repair_id: repairId, links }
    return new StepResponse({ case: change.case, remedy_ids: remedyIds, repair_id: repairId, repair_rma: repairRma, event_id: change.event_id }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    for (const l of undo.links) await container.resolve(ContainerRegistrationKeys.LINK).dismiss(l)
    await db("finesse_after_sales_remedy").whereIn("id", undo.remedy_ids).delete()
    if (undo.repair_id) await db("finesse_after_sales_repair").where({ id: undo.repair_id }).delete()
    await db("finesse_after_sales_case_line").where({ case_id: undo.change.previous.id }).update({ outcome: null })
    await undoCaseChange(container, undo.change)
  }
)
