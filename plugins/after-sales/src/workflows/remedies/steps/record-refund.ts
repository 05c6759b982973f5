import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { loadCaseFor, persistCaseChange, service, undoCaseChange, type WorkflowActor } from "../../../engine/case-change"
import type { RefundPlan } from "./load-refund"

/** Adds the refund to the remedy (refunded once it covers the planned amount) and tells the customer. */
export const recordRefundStep = createStep(
  "after-sales-record-refund",
  async ({ plan, actor, at }: { plan: RefundPlan; actor: WorkflowActor; at?: number }, { container }) => {
    const db = service(container).db()
    const when = at ?? Date.now()
    const remedy = await db("finesse_after_sales_remedy").where({ id: plan.remedy_id }).first()
    const refunded = Number(remedy.refunded_amount) + plan.amount
    const status = refunded >= Number(remedy.refund_amount) ? "refunded" : remedy.status
    await db("finesse_after_sales_remedy").where({ id: plan.remedy_id }).update({ refunded_amount: refunded, status, updated_at: new Date(when) })
    const row = await loadCaseFor(container, plan.case_id, { type: "system", id: null })
    const text = `We have refunded ${fromMinor(plan.amount, plan.currency_code).toFixed(2)} ${plan.currency_code.toUpperCase()} to your original payment method.`
    const change = await persistCaseChange(
      container,
      row,
      {},
      { action: "refund", actor, at: when, data: { remedy_id: plan.remedy_id, payment_id: plan.payment_id, amount: plan.amount, currency_code: plan.currency_code } },
      { visibility: "customer", author_type: actor.type === "system" ? "system" : "agent", author_id: actor.id, body: fieldCipher(container).encrypt(text) }
    )
    return new StepResponse({ remedy_id: plan.remedy_id, refunded_amount: refunded, status }, { change, remedy_id: plan.remedy_id, previous: { refunded_amount: remedy.refunded_amount, status: remedy.status } })
  },
  async (undo, { container }) => {
    if (!undo) return
    await service(container).db()("finesse_after_sales_remedy").where({ id: undo.remedy_id }).update(undo.previous)
    await undoCaseChange(container, undo.change)
  }
)
