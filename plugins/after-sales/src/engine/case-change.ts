import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { CaseActor } from "../lib/cases/case-actor"
import { CasePermissionError } from "../lib/cases/case-actor"
import { priorityRank, type CasePriority } from "../lib/cases/case-model"
import { applyCaseAction, CaseTransitionError, type CaseAction, type Transition } from "../lib/cases/case-transitions"
import type { StatusChange } from "../lib/sla/case-sla"
import { evaluateSlaColumns, type SlaColumns } from "../lib/sla/sla-columns"
import { FINESSE_AFTER_SALES_MODULE } from "../modules/finesse-after-sales"
import * as rows from "../modules/finesse-after-sales/store/case-rows"
import type { CaseRow } from "../modules/finesse-after-sales/store/case-rows"
import type FinesseAfterSalesModuleService from "../modules/finesse-after-sales/service"
import type { AfterSalesConfig } from "./config"

/** Who acts, as workflows carry it (serialisable). */
export type WorkflowActor = { type: "agent" | "customer" | "system"; id: string | null }

export function caseActor(a: WorkflowActor): CaseActor {
  return a.type === "system" ? { type: "system" } : { type: a.type, id: a.id ?? "" }
}

export const service = (c: MedusaContainer) => c.resolve<FinesseAfterSalesModuleService>(FINESSE_AFTER_SALES_MODULE)

/** Only MedusaErrors reach HTTP: the lib's permission and transition errors become 403 and 400. */
export function toMedusaError(e: unknown): unknown {
  if (e instanceof CasePermissionError) return new MedusaError(MedusaError.Types.FORBIDDEN, e.message)
  if (e instanceof CaseTransitionError) return new MedusaError(MedusaError.Types.NOT_ALLOWED, e.message)
  return e
}

/** A case a customer may not see is "not found" for them, so another customer's case does not reveal it exists. */
export async function loadCaseFor(container: MedusaContainer, caseId: string, actor: WorkflowActor, opts: { forUpdate?: boolean; db?: any } = {}): Promise<CaseRow> {
  const db = opts.db ?? service(container).db()
  const row = await rows.getCase(db, caseId, { forUpdate: opts.forUpdate })
  if (!row || (actor.type === "customer" && row.customer_id !== actor.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `case ${caseId} was not found`)
  }
  return row
}

export function slaOf(row: Pick<CaseRow, "priority" | "channel" | "kind">, history: StatusChange[], config: AfterSalesConfig, now: number) {
  return evaluateSlaColumns({ priority: row.priority, channel: row.channel, kind: row.kind, history }, config.slaPolicy, config.calendar, now)
}

export function slaPatch(c: SlaColumns): Partial<CaseRow> {
  const d = (ms: number | null) => (ms === null ? null : new Date(ms))
  return {
    sla_state: c.slaState,
    sla_rank: c.slaRank,
    sla_due_at: d(c.slaDueAt),
    first_response_state: c.firstResponseState,
    first_response_due_at: d(c.firstResponseDueAt),
    resolution_state: c.resolutionState,
    resolution_due_at: d(c.resolutionDueAt),
    next_sla_check_at: d(c.nextCheckAt),
  }
}

export const priorityOrder = (p: CasePriority) => 3 - priorityRank(p)

export type CaseChangeOptions = {
  at: number
  config: AfterSalesConfig
  priority?: CasePriority
  assigneeId?: string | null
  replyKey?: string | null
}

/**
 * The row changes of one lib action on a case: the new status and its history, the clocks, the dates a status
 * sets, an assignment or a priority. Throws MedusaErrors (403/400) when the lib refuses the action.
 */
export function computeCaseChange(row: CaseRow, action: CaseAction, actor: WorkflowActor, o: CaseChangeOptions): { patch: Partial<CaseRow>; transition: Transition } {
  let transition: Transition
  try {
    transition = applyCaseAction(
      { kind: row.kind, status: row.status, customerId: row.customer_id, resolvedAt: row.resolved_at ? row.resolved_at.getTime() : null },
      action,
      caseActor(actor),
      { now: o.at, reopenWindowDays: o.config.settings.reopen_window_days }
    )
  } catch (e) {
    throw toMedusaError(e)
  }
  const history = [...(row.status_history ?? [])]
  if (transition.to !== transition.from) history.push({ at: o.at, status: transition.to })
  const priority = action === "set_priority" && o.priority ? o.priority : row.priority
  const patch: Partial<CaseRow> = { status: transition.to, status_history: history }
  if (action === "set_priority" && o.priority) {
    patch.priority = o.priority
    patch.priority_order = priorityOrder(o.priority)
  }
  if (action === "assign") patch.assignee_id = o.assigneeId ?? null
  const fx = transition.effects
  if (fx.includes("first_response_met") && !row.first_response_at) patch.first_response_at = new Date(o.at)
  if (transition.to === "resolved") {
    patch.resolved_at = new Date(o.at)
    if (o.replyKey !== undefined) patch.resolution_reply_key = o.replyKey
  }
  if (transition.to === "closed") patch.closed_at = new Date(o.at)
  if (fx.includes("restart_resolution_clock")) patch.reopen_count = row.reopen_count + 1
  const sla = slaOf({ ...row, priority }, history, o.config, o.at)
  Object.assign(patch, slaPatch(sla.columns))
  return { patch, transition }
}

export type MessageInput = { visibility: "customer" | "internal"; author_type: "agent" | "customer" | "system"; author_id: string | null; body: string; reply_key?: string | null }

/** The rows one case change writes; `undo` is what its compensation needs. */
export type PersistedChange = { case: CaseRow; previous: CaseRow; message_id: string | null; event_id: string }

/**
 * Writes a case change in one transaction: the row patch, an optional message (encrypted by the caller) and the
 * timeline event; the message also moves the case's last-message fields.
 */
export async function persistCaseChange(
  container: MedusaContainer,
  previous: CaseRow,
  patch: Partial<CaseRow>,
  event: { action: string; actor: WorkflowActor; data?: Record<string, unknown> | null; at: number },
  message?: MessageInput | null
): Promise<PersistedChange> {
  const svc = service(container)
  return svc.db().transaction(async (trx: any) => {
    let messageId: string | null = null
    const p: Partial<CaseRow> = { ...patch }
    if (message) {
      const m = await rows.insertMessage(trx, { case_id: previous.id, ...message, reply_key: message.reply_key ?? null, created_at: new Date(event.at) })
      messageId = m.id
      if (message.visibility === "customer") {
        p.message_count = previous.message_count + 1
        p.last_message_at = new Date(event.at)
        p.last_message_by = message.author_type
      }
    }
    const e = await rows.insertEvent(trx, {
      case_id: previous.id,
      action: event.action,
      from_status: previous.status,
      to_status: (p.status as string | undefined) ?? previous.status,
      actor_type: event.actor.type,
      actor_id: event.actor.id,
      data: event.data ?? null,
      created_at: new Date(event.at),
    })
    const updated = await rows.updateCase(trx, previous.id, p)
    return { case: updated, previous, message_id: messageId, event_id: e.id }
  })
}

/** Compensation of persistCaseChange: the row as it was, the message and event gone. */
export async function undoCaseChange(container: MedusaContainer, undo: { previous: CaseRow; message_id: string | null; event_id: string }) {
  const svc = service(container)
  await svc.db().transaction(async (trx: any) => {
    const { id, number: _n, created_at: _c, ...rest } = undo.previous
    await rows.updateCase(trx, id, { ...rest, sla_due_at: rest.sla_due_at ? new Date(rest.sla_due_at) : null } as Partial<CaseRow>)
    await rows.deleteRows(trx, "finesse_after_sales_message", undo.message_id ? [undo.message_id] : [])
    await rows.deleteRows(trx, "finesse_after_sales_case_event", [undo.event_id])
  })
}
