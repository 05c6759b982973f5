import { ContainerRegistrationKeys, generateEntityId, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { fieldCipher } from "@finesse/core/privacy"
import { initialPriority } from "../../../lib/cases/case-model"
import { formatRmaNumber } from "../../../lib/cases/rma-number"
import { findUrgentWord } from "../../../lib/cases/urgent-words"
import type { DecisionSummary } from "../../../lib/policy/build-request"
import { loadConfig } from "../../../engine/config"
import { priorityOrder, service, slaOf, slaPatch } from "../../../engine/case-change"
import { FINESSE_AFTER_SALES_MODULE } from "../../../modules/finesse-after-sales"
import * as rows from "../../../modules/finesse-after-sales/store/case-rows"
import type { OpenCaseContext, OpenCaseInput } from "./load-open-case"

export type CreatedCase = { id: string; rma_number: string; status: string; linked_order: boolean }

const firstLine = (text: string) => {
  const line = text.trim().split(/\r?\n/)[0]
  return line.length > 120 ? `${line.slice(0, 117)}…` : line
}

/**
 * Writes the case, its first message, its lines and the "opened" event in one transaction, and links the case to
 * its Medusa order. The customer's words (subject and message) are encrypted; the priority follows the order
 * value, the kind and urgent words; the clocks start now.
 */
export const createCaseStep = createStep(
  "after-sales-create-case",
  async ({ input, ctx, decision }: { input: OpenCaseInput; ctx: OpenCaseContext; decision: { summary: DecisionSummary } | null }, { container }) => {
    const config = await loadConfig(container)
    const cipher = fieldCipher(container)
    const svc = service(container)
    const order = ctx.order
    const at = ctx.at
    const byAgent = input.actor.type === "agent"
    const urgent = findUrgentWord(`${input.subject ?? ""} ${input.body}`, config.settings.priority.urgent_words)
    const priority =
      input.priority ??
      initialPriority({ kind: input.kind, orderTotalMinor: order?.totalMinor ?? null, urgentWordFound: urgent !== null }, config.settings.priority)
    const history = [{ at, status: byAgent ? ("open" as const) : ("new" as const) }]
    const channel = input.channel ?? "web"
    const sla = slaOf({ priority, channel, kind: input.kind }, history, config, at)
    const lines = input.lines ?? []
    const productIds = [...new Set(lines.map((l) => order?.items.find((i) => i.id === l.line_item_id)?.productId).filter((x): x is string => !!x))]
    const categoryIds = [...new Set(lines.flatMap((l) => order?.items.find((i) => i.id === l.line_item_id)?.categoryIds ?? []))]
    const flags = decision?.summary.flags ?? []
    const created = await svc.db().transaction(async (trx: any) => {
      const number = await rows.nextCaseNumber(trx)
      const rma = formatRmaNumber(number)
      const row = await rows.insertCase(trx, {
        number,
        rma_number: rma,
        kind: input.kind,
        status: history[0].status,
        priority,
        priority_order: priorityOrder(priority),
        channel,
        customer_id: ctx.customer_id,
        order_id: order?.id ?? null,
        order_display_id: order?.displayId ?? null,
        currency_code: order?.currencyCode ?? null,
        order_total: order?.totalMinor ?? null,
        assignee_id: input.assignee_id ?? (byAgent ? input.actor.id : null),
        subject: cipher.encrypt(input.subject?.trim() || firstLine(input.body)),
        reason: input.reason ?? lines.find((l) => l.reason)?.reason ?? null,
        product_id: productIds[0] ?? null,
        product_ids: productIds,
        category_ids: categoryIds,
        flags,
        status_history: history,
        first_response_at: byAgent ? new Date(at) : null,
        message_count: 1,
        last_message_at: new Date(at),
        last_message_by: byAgent ? "agent" : "customer",
        decision: decision?.summary ?? null,
        follow_up_of: input.follow_up_of ?? null,
        metadata: input.metadata ?? null,
        opened_by_type: input.actor.type,
        opened_by_id: input.actor.id,
        ...slaPatch(sla.columns),
        created_at: new Date(at),
        updated_at: new Date(at),
      } as any)
      await rows.insertMessage(trx, {
        case_id: row.id,
        visibility: "customer",
        author_type: byAgent ? "agent" : input.actor.type === "system" ? "system" : "customer",
        author_id: input.actor.id,
        body: cipher.encrypt(input.body),
        reply_key: null,
        created_at: new Date(at),
      })
      for (const l of lines) {
        const item = order?.items.find((i) => i.id === l.line_item_id)
        const verdict = decision?.summary.lines.find((d) => d.line_item_id === l.line_item_id)
        await trx("finesse_after_sales_case_line").insert({
          id: generateEntityId(undefined, "fasline"),
          case_id: row.id,
          line_item_id: l.line_item_id,
          product_id: item?.productId ?? null,
          variant_id: item?.variantId ?? null,
          title: order?.lineInfo[l.line_item_id]?.title ?? null,
          quantity: l.quantity,
          unit_price: item?.unitPriceMinor ?? 0,
          condition: l.condition ?? null,
          resolution: l.resolution ?? null,
          exchange_variant_id: l.exchange_variant_id ?? null,
          reason: l.reason ?? input.reason ?? null,
          outcome: verdict?.outcome ?? null,
          decided_by: verdict?.decided_by?.rule_code ?? null,
          decision_message: verdict?.message ?? null,
        })
      }
      await rows.insertEvent(trx, {
        case_id: row.id,
        action: "open",
        from_status: null,
        to_status: row.status,
        actor_type: input.actor.type,
        actor_id: input.actor.id,
        data: { kind: input.kind, channel, priority, lines: lines.length, decision: decision?.summary.outcome ?? null, decided_by: decision?.summary.decided_by?.rule_code ?? null },
        created_at: new Date(at),
      })
      return row
    })
    let linked = false
    if (order) {
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [FINESSE_AFTER_SALES_MODULE]: { finesse_after_sales_case_id: created.id },
        [Modules.ORDER]: { order_id: order.id },
      })
      linked = true
    }
    const out: CreatedCase = { id: created.id, rma_number: created.rma_number, status: created.status, linked_order: linked }
    return new StepResponse(out, { id: created.id, order_id: linked ? order?.id : null })
  },
  async (undo, { container }) => {
    if (!undo) return
    if (undo.order_id) {
      await container.resolve(ContainerRegistrationKeys.LINK).dismiss({
        [FINESSE_AFTER_SALES_MODULE]: { finesse_after_sales_case_id: undo.id },
        [Modules.ORDER]: { order_id: undo.order_id },
      })
    }
    const db = service(container).db()
    await db.transaction(async (trx: any) => {
      for (const t of ["finesse_after_sales_message", "finesse_after_sales_case_line", "finesse_after_sales_case_event"]) await trx(t).where({ case_id: undo.id }).delete()
      await trx("finesse_after_sales_case").where({ id: undo.id }).delete()
    })
  }
)
