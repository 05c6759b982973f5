import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fieldCipher } from "@finesse/core/privacy"
import { allowedCaseActions } from "../lib/cases/case-transitions"
import { evaluateCaseSla } from "../lib/sla/case-sla"
import * as rows from "../modules/finesse-after-sales/store/case-rows"
import type { CaseRow } from "../modules/finesse-after-sales/store/case-rows"
import type { InboxRow } from "../modules/finesse-after-sales/store/inbox"
import { caseActor, service, type WorkflowActor } from "./case-change"
import { loadConfig } from "./config"

type Cipher = ReturnType<typeof fieldCipher>
const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)

/** A case in a list: the decrypted subject, its clocks and who has it (agents' view). */
export function caseListItem(row: InboxRow, cipher: Cipher) {
  return {
    id: row.id,
    rma_number: row.rma_number,
    kind: row.kind,
    status: row.status,
    priority: row.priority,
    channel: row.channel,
    subject: cipher.decrypt(row.subject),
    reason: row.reason,
    customer_id: row.customer_id,
    order_id: row.order_id,
    order_display_id: row.order_display_id,
    currency_code: row.currency_code,
    order_total: row.order_total,
    assignee_id: row.assignee_id,
    product_id: row.product_id,
    flags: row.flags ?? [],
    topic: row.topic,
    sla: {
      state: row.sla_state,
      due_at: iso(row.sla_due_at),
      first_response: { state: row.first_response_state, due_at: iso(row.first_response_due_at) },
      resolution: { state: row.resolution_state, due_at: iso(row.resolution_due_at) },
    },
    message_count: row.message_count,
    last_message_at: iso(row.last_message_at),
    last_message_by: row.last_message_by,
    csat: row.csat,
    nps: row.nps,
    survey_status: row.survey_status,
    follow_up_of: row.follow_up_of,
    resolved_at: iso(row.resolved_at),
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }
}

/** What a customer sees of their own case in a list: no assignee, flags or internal clocks. */
export function customerListItem(row: InboxRow | CaseRow, cipher: Cipher) {
  return {
    id: row.id,
    rma_number: row.rma_number,
    kind: row.kind,
    status: row.status,
    subject: cipher.decrypt(row.subject),
    order_id: row.order_id,
    order_display_id: row.order_display_id,
    message_count: row.message_count,
    last_message_at: iso(row.last_message_at),
    last_message_by: row.last_message_by,
    created_at: iso(row.created_at),
    updated_at: iso(row.updated_at),
  }
}

async function medusaStatuses(container: MedusaContainer, remedies: any[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const returnIds = remedies.map((r) => r.return_id).filter(Boolean)
  const exchangeIds = remedies.filter((r) => r.type === "exchange").map((r) => r.exchange_id).filter(Boolean)
  const claimIds = remedies.filter((r) => r.type === "claim").map((r) => r.claim_id).filter(Boolean)
  const [returns, exchanges, claims] = await Promise.all([
    returnIds.length ? query.graph({ entity: "return", fields: ["id", "status", "display_id", "requested_at", "received_at", "canceled_at", "refund_amount"], filters: { id: returnIds } }) : { data: [] },
    exchangeIds.length ? query.graph({ entity: "order_exchange", fields: ["id", "display_id", "canceled_at", "difference_due"], filters: { id: exchangeIds } }) : { data: [] },
    claimIds.length ? query.graph({ entity: "order_claim", fields: ["id", "display_id", "type", "canceled_at", "refund_amount"], filters: { id: claimIds } }) : { data: [] },
  ])
  return {
    returns: new Map((returns.data as any[]).map((r) => [r.id, r])),
    exchanges: new Map((exchanges.data as any[]).map((r) => [r.id, r])),
    claims: new Map((claims.data as any[]).map((r) => [r.id, r])),
  }
}

/**
 * The whole case for its page: messages (decrypted; a customer sees no internal note), lines and the policy's
 * decision, what Medusa has for its return / exchange / claim, the repair, the live clocks, the survey and the
 * actions this reader may take. Timeline, flags and assignee only for agents.
 */
export async function caseDetail(container: MedusaContainer, row: CaseRow, reader: WorkflowActor, now = Date.now()) {
  const db = service(container).db()
  const cipher = fieldCipher(container)
  const config = await loadConfig(container)
  const customer = reader.type === "customer"
  const [messages, lines, remedies, repairs, events, surveys] = await Promise.all([
    rows.listMessages(db, row.id, customer ? "customer" : undefined),
    db("finesse_after_sales_case_line").where({ case_id: row.id }).whereNull("deleted_at").orderBy("created_at"),
    db("finesse_after_sales_remedy").where({ case_id: row.id }).whereNull("deleted_at").orderBy("created_at"),
    db("finesse_after_sales_repair").where({ case_id: row.id }).whereNull("deleted_at"),
    customer ? Promise.resolve([]) : rows.listEvents(db, row.id),
    db("finesse_after_sales_survey").where({ case_id: row.id }).whereNull("deleted_at"),
  ])
  const medusa = await medusaStatuses(container, remedies)
  const sla = evaluateCaseSla({ priority: row.priority, channel: row.channel, kind: row.kind, history: row.status_history }, config.slaPolicy, config.calendar, now)
  const clock = (c: (typeof sla)["firstResponse"]) =>
    c && {
      state: c.state,
      paused: c.paused,
      elapsed_ms: c.elapsedMs,
      target_ms: c.targetMs,
      remaining_ms: c.remainingMs,
      due_at: c.dueAt === null ? null : new Date(c.dueAt).toISOString(),
      warn_at: c.warnAt === null ? null : new Date(c.warnAt).toISOString(),
      hours: c.target.hours,
    }
  const decision = row.decision
    ? customer
      ? { outcome: row.decision.outcome, message: row.decision.message, lines: (row.decision.lines ?? []).map((l: any) => ({ line_item_id: l.line_item_id, outcome: l.outcome, message: l.message, resolution_options: l.resolution_options, decided_by: l.decided_by })) , decided_by: row.decision.decided_by }
      : row.decision
    : null
  const base = customer ? customerListItem(row, cipher) : caseListItem(row as InboxRow, cipher)
  return {
    ...base,
    messages: messages.map((m) => ({
      id: m.id,
      visibility: m.visibility,
      author_type: m.author_type,
      ...(customer ? {} : { author_id: m.author_id, reply_key: m.reply_key }),
      body: cipher.decrypt(m.body),
      created_at: iso(m.created_at),
    })),
    lines: lines.map((l: any) => ({
      id: l.id,
      line_item_id: l.line_item_id,
      product_id: l.product_id,
      variant_id: l.variant_id,
      title: l.title,
      quantity: l.quantity,
      unit_price: l.unit_price,
      condition: l.condition,
      resolution: l.resolution,
      exchange_variant_id: l.exchange_variant_id,
      reason: l.reason,
      outcome: l.outcome,
      decided_by: l.decided_by,
      decision_message: l.decision_message,
    })),
    decision,
    remedies: remedies.map((r: any) => {
      const ret = r.return_id ? medusa.returns.get(r.return_id) : null
      const ex = r.exchange_id ? medusa.exchanges.get(r.exchange_id) : null
      const cl = r.claim_id ? medusa.claims.get(r.claim_id) : null
      return {
        id: r.id,
        type: r.type,
        status: r.status,
        return_id: r.return_id,
        exchange_id: r.exchange_id,
        claim_id: r.claim_id,
        repair_id: r.repair_id,
        currency_code: r.currency_code,
        refund_amount: r.refund_amount,
        store_credit_amount: r.store_credit_amount,
        refunded_amount: r.refunded_amount,
        items: r.items,
        medusa: {
          return: ret ? { id: ret.id, status: ret.status, display_id: ret.display_id, requested_at: iso(ret.requested_at), received_at: iso(ret.received_at), canceled_at: iso(ret.canceled_at) } : null,
          exchange: ex ? { id: ex.id, display_id: ex.display_id, canceled_at: iso(ex.canceled_at) } : null,
          claim: cl ? { id: cl.id, display_id: cl.display_id, type: cl.type, canceled_at: iso(cl.canceled_at) } : null,
        },
      }
    }),
    repair: repairs[0]
      ? (({ id, rma_number, status, issue, warranty_status, warranty_ends_at, covered, quote_amount, currency_code, history }) => ({
          id,
          rma_number,
          status,
          issue,
          warranty_status,
          warranty_ends_at: iso(warranty_ends_at),
          covered,
          quote_amount,
          currency_code,
          history: customer ? undefined : history,
        }))(repairs[0])
      : null,
    sla: customer ? undefined : { first_response: clock(sla.firstResponse), resolution: clock(sla.resolution), state: row.sla_state },
    survey: surveys[0] ? { status: surveys[0].status, scale: surveys[0].scale, sent_at: iso(surveys[0].sent_at), answered_at: iso(surveys[0].answered_at) } : null,
    events: customer
      ? undefined
      : events.map((e) => ({ id: e.id, action: e.action, from_status: e.from_status, to_status: e.to_status, actor_type: e.actor_type, actor_id: e.actor_id, data: e.data, created_at: iso(e.created_at) })),
    ...(customer ? {} : { status_history: row.status_history.map((h) => ({ at: new Date(h.at).toISOString(), status: h.status })), reopen_count: row.reopen_count }),
    allowed_actions: allowedCaseActions(
      { kind: row.kind, status: row.status, customerId: row.customer_id, resolvedAt: row.resolved_at ? new Date(row.resolved_at).getTime() : null },
      caseActor(reader),
      { now, reopenWindowDays: config.settings.reopen_window_days }
    ),
  }
}
