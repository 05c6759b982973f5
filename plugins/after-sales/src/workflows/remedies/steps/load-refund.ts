import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fromMinor, toMinor } from "@finesse/core/lib/money/minor-units"
import { loadCaseFor, service, type WorkflowActor } from "../../../engine/case-change"
import { num } from "../../../reads/num"

export type RefundCaseInput = { case_id: string; actor: WorkflowActor; remedy_id?: string | null; amount?: number | null; note?: string | null; at?: number }

export type RefundPlan = {
  case_id: string
  remedy_id: string
  payment_id: string
  currency_code: string
  amount: number
  /** Medusa's amount: major units. */
  amount_major: number
  owed_by_medusa: number
}

/**
 * What to refund and from which payment, under Medusa's own accounting: the planned refund of the case's return or
 * claim still outstanding, capped by what Medusa says the order owes the customer now (its pending difference,
 * which turns negative once returned goods are received) and by what the payment can still refund. Before the
 * goods are back Medusa owes nothing, and the answer says so.
 */
export const loadRefundStep = createStep("after-sales-load-refund", async (input: RefundCaseInput, { container }) => {
  const row = await loadCaseFor(container, input.case_id, input.actor)
  const db = service(container).db()
  const q = db("finesse_after_sales_remedy").where({ case_id: row.id }).whereIn("type", ["return", "claim"]).whereNull("deleted_at").whereNot({ status: "cancelled" })
  if (input.remedy_id) q.where({ id: input.remedy_id })
  const remedies = (await q.orderBy("created_at")) as any[]
  const remedy = remedies.find((r) => Number(r.refund_amount) > Number(r.refunded_amount))
  if (!remedy) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "this case has no refund outstanding")
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "currency_code", "summary.*", "payment_collections.payments.id", "payment_collections.payments.amount", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at", "payment_collections.payments.refunds.amount"],
    filters: { id: row.order_id as string },
  })
  const order = data[0] as any
  const currency = String(order.currency_code)
  const pending = toMinor(num(order.summary?.pending_difference ?? order.summary?.totals?.pending_difference), currency)
  const owed = Math.max(0, -pending)
  const payments = (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []).filter((p: any) => p.captured_at && !p.canceled_at)
  const refundable = payments
    .map((p: any) => ({ id: p.id as string, left: toMinor(num(p.amount), currency) - (p.refunds ?? []).reduce((s: number, r: any) => s + toMinor(num(r.amount), currency), 0) }))
    .sort((a: any, b: any) => b.left - a.left)[0]
  if (!refundable || refundable.left <= 0) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "the order has no captured payment left to refund")
  const outstanding = Number(remedy.refund_amount) - Number(remedy.refunded_amount)
  if (owed <= 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Medusa owes nothing on this order yet: the refund follows the return's receipt (return ${remedy.return_id ?? remedy.claim_id} is ${remedy.status})`
    )
  }
  const amount = input.amount ?? Math.min(outstanding, owed, refundable.left)
  if (amount <= 0 || amount > Math.min(outstanding, owed, refundable.left)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: amount: at most ${Math.min(outstanding, owed, refundable.left)} (outstanding ${outstanding}, owed by Medusa ${owed}, refundable ${refundable.left}; minor units)`)
  }
  const plan: RefundPlan = { case_id: row.id, remedy_id: remedy.id, payment_id: refundable.id, currency_code: currency, amount, amount_major: fromMinor(amount, currency), owed_by_medusa: owed }
  return new StepResponse(plan)
})
