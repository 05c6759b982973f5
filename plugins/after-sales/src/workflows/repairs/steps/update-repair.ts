import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { fromMinor } from "@finesse/core/lib/money/minor-units"
import { applyRepairTransition, RepairTransitionError, type RepairStatus } from "../../../lib/warranty/repair-status"
import { computeCaseChange, loadCaseFor, persistCaseChange, service, undoCaseChange, type WorkflowActor } from "../../../engine/case-change"
import { loadConfig } from "../../../engine/config"

export type UpdateRepairInput = { case_id: string; actor: WorkflowActor; status: RepairStatus; note?: string | null; quote_amount?: number | null; at?: number }

const SAY: Partial<Record<RepairStatus, string>> = {
  approved: "Your repair is approved.",
  awaiting_item: "Please send us the item: we are waiting for it.",
  received: "We have received your item.",
  diagnosing: "Our technicians are looking at your item.",
  repairing: "Your item is being repaired.",
  repaired: "Your item is repaired.",
  shipped_back: "Your repaired item is on its way back to you.",
  completed: "Your repair is complete.",
  replaced: "We could not repair the item and replace it instead.",
  returned_unrepaired: "We are sending your item back unrepaired.",
  rejected: "We cannot repair this item.",
  cancelled: "The repair was cancelled.",
}

/**
 * Moves a repair to its next status (lib applyRepairTransition), with the quote when one is sent; the customer
 * hears of each step. Completing (or replacing) resolves the case.
 */
export const updateRepairStep = createStep(
  "after-sales-update-repair",
  async (input: UpdateRepairInput, { container }) => {
    const db = service(container).db()
    const at = input.at ?? Date.now()
    const row = await loadCaseFor(container, input.case_id, input.actor)
    const repair = await db("finesse_after_sales_repair").where({ case_id: row.id }).whereNull("deleted_at").first()
    if (!repair) throw new MedusaError(MedusaError.Types.NOT_FOUND, "this case has no repair")
    try {
      applyRepairTransition(repair.status, input.status)
    } catch (e) {
      if (e instanceof RepairTransitionError) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, e.message)
      throw e
    }
    if (input.status === "quote_sent" && !(Number(input.quote_amount) > 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: quote_amount: a quote needs an amount (minor units)")
    const history = [...(repair.history ?? []), { at, from: repair.status, to: input.status, actor_type: input.actor.type, actor_id: input.actor.id }]
    const patch: Record<string, unknown> = { status: input.status, history: JSON.stringify(history), updated_at: new Date(at) }
    if (input.status === "quote_sent") patch.quote_amount = input.quote_amount
    await db("finesse_after_sales_repair").where({ id: repair.id }).update(patch)
    await db("finesse_after_sales_remedy").where({ repair_id: repair.id }).update({ status: input.status, updated_at: new Date(at) })
    const config = await loadConfig(container)
    const resolves = input.status === "completed" || input.status === "replaced"
    const change = resolves ? computeCaseChange(row, "resolve", input.actor, { at, config }).patch : {}
    let text = input.note?.trim() || SAY[input.status] || `Your repair is now ${input.status.replace(/_/g, " ")}.`
    if (input.status === "quote_sent") text += ` The repair costs ${fromMinor(Number(input.quote_amount), repair.currency_code ?? "eur").toFixed(2)} ${(repair.currency_code ?? "eur").toUpperCase()}; reply to accept or decline.`
    const saved = await persistCaseChange(
      container,
      row,
      change,
      { action: resolves ? "resolve" : "repair_status", actor: input.actor, at, data: { repair_id: repair.id, from: repair.status, to: input.status, quote_amount: input.quote_amount ?? null } },
      { visibility: "customer", author_type: input.actor.type === "system" ? "system" : "agent", author_id: input.actor.id, body: fieldCipher(container).encrypt(text) }
    )
    return new StepResponse(
      { repair_id: repair.id as string, from: repair.status as string, to: input.status, case_status: saved.case.status, resolved: resolves, customer_id: saved.case.customer_id },
      { saved, repair: { id: repair.id, status: repair.status, history: JSON.stringify(repair.history ?? []), quote_amount: repair.quote_amount } }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const db = service(container).db()
    await db("finesse_after_sales_repair").where({ id: undo.repair.id }).update({ status: undo.repair.status, history: undo.repair.history, quote_amount: undo.repair.quote_amount })
    await db("finesse_after_sales_remedy").where({ repair_id: undo.repair.id }).update({ status: undo.repair.status })
    await undoCaseChange(container, undo.saved)
  }
)
