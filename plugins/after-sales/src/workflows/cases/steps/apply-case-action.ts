import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import type { CasePriority } from "../../../lib/cases/case-model"
import type { CaseAction, CaseEffect } from "../../../lib/cases/case-transitions"
import { canWriteMessage } from "../../../lib/cases/case-actor"
import { caseActor, computeCaseChange, loadCaseFor, persistCaseChange, undoCaseChange, type WorkflowActor } from "../../../engine/case-change"
import { loadConfig } from "../../../engine/config"
import type { CaseRow } from "../../../modules/finesse-after-sales/store/case-rows"

/** "note" is an internal note: no status change, no clock effect. Every other action is a lib CASE_ACTION. */
export type CaseActionInput = {
  case_id: string
  actor: WorkflowActor
  action: CaseAction | "note"
  body?: string | null
  reply_key?: string | null
  priority?: CasePriority | null
  assignee_id?: string | null
  /** Why (refusals, cancellations): recorded on the timeline, shown to the customer with the status change. */
  note?: string | null
  /** Extra event data (ids, rule codes). */
  data?: Record<string, unknown> | null
  at?: number
}

export type CaseActionResult = { case: CaseRow; from: string; to: string; effects: CaseEffect[]; message_id: string | null; event_id: string }

/**
 * Applies one action to a case (lib applyCaseAction) and writes it: status and history, clocks, the message (an
 * agent's reply, a customer's reply, an internal note; encrypted) and the timeline event. A customer acting on a
 * case that is not theirs gets "not found".
 */
export const applyCaseActionStep = createStep(
  "after-sales-apply-case-action",
  async (input: CaseActionInput, { container }) => {
    const at = input.at ?? Date.now()
    const config = await loadConfig(container)
    const row = await loadCaseFor(container, input.case_id, input.actor)
    const cipher = fieldCipher(container)
    if (input.action === "note") {
      if (!input.body?.trim()) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: body: an internal note needs text")
      if (!canWriteMessage("internal", caseActor(input.actor))) throw new MedusaError(MedusaError.Types.FORBIDDEN, "only agents write internal notes")
      const saved = await persistCaseChange(container, row, {}, { action: "note", actor: input.actor, at }, {
        visibility: "internal",
        author_type: input.actor.type === "system" ? "system" : "agent",
        author_id: input.actor.id,
        body: cipher.encrypt(input.body),
        reply_key: input.reply_key ?? null,
      })
      const out: CaseActionResult = { case: saved.case, from: row.status, to: row.status, effects: [], message_id: saved.message_id, event_id: saved.event_id }
      return new StepResponse(out, saved)
    }
    if ((input.action === "agent_reply" || input.action === "customer_reply" || input.action === "request_info") && !input.body?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: body: a reply needs text")
    }
    if (input.action === "assign" && input.assignee_id === undefined) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: assignee_id: required to assign")
    if (input.action === "set_priority" && !input.priority) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid request: priority: required to change the priority")
    const { patch, transition } = computeCaseChange(row, input.action, input.actor, {
      at,
      config,
      priority: input.priority ?? undefined,
      assigneeId: input.assignee_id,
      replyKey: input.action === "resolve" ? (input.reply_key ?? null) : undefined,
    })
    const text = input.body?.trim() || (transition.from !== transition.to && input.note ? input.note : null)
    const authorType = input.actor.type === "customer" ? "customer" : input.actor.type === "system" ? "system" : "agent"
    const saved = await persistCaseChange(
      container,
      row,
      patch,
      { action: input.action, actor: input.actor, at, data: { ...(input.data ?? {}), ...(input.assignee_id !== undefined && input.action === "assign" ? { assignee_id: input.assignee_id } : {}), ...(input.priority ? { priority: input.priority } : {}) } },
      text ? { visibility: "customer", author_type: authorType, author_id: input.actor.id, body: cipher.encrypt(text), reply_key: input.reply_key ?? null } : null
    )
    const out: CaseActionResult = { case: saved.case, from: transition.from, to: transition.to, effects: transition.effects, message_id: saved.message_id, event_id: saved.event_id }
    return new StepResponse(out, saved)
  },
  async (undo, { container }) => {
    if (undo) await undoCaseChange(container, undo)
  }
)
