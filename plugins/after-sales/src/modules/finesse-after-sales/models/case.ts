import { model } from "@medusajs/framework/utils"
import { CASE_CHANNELS, CASE_KINDS, CASE_PRIORITIES, CASE_STATUSES } from "../../../lib/cases/case-model"

/**
 * One customer problem from the first message to its resolution. The SLA columns are kept by the case workflows
 * and the SLA job (lib evaluateCaseSla over `status_history`), so the inbox sorts and filters in SQL:
 * `sla_rank` 0 breached, 1 warning, 2 running, 3 nothing running; `priority_order` 0 urgent .. 3 low.
 * `subject` is what the customer wrote: encrypted at rest (fieldCipher).
 */
const FinesseAfterSalesCase = model
  .define("finesse_after_sales_case", {
    id: model.id({ prefix: "fascase" }).primaryKey(),
    number: model.autoincrement(),
    rma_number: model.text(),
    kind: model.enum([...CASE_KINDS]),
    status: model.enum([...CASE_STATUSES]).default("new"),
    priority: model.enum([...CASE_PRIORITIES]).default("normal"),
    priority_order: model.number().default(2),
    channel: model.enum([...CASE_CHANNELS]).default("web"),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    currency_code: model.text().nullable(),
    // order total in minor units (priority, the policy's value limits)
    order_total: model.number().nullable(),
    assignee_id: model.text().nullable(),
    subject: model.text(),
    reason: model.text().nullable(),
    product_id: model.text().nullable(),
    product_ids: model.json().nullable(),
    category_ids: model.json().nullable(),
    flags: model.json().nullable(),
    sla_state: model.text().nullable(),
    sla_rank: model.number().default(3),
    sla_due_at: model.dateTime().nullable(),
    first_response_state: model.text().nullable(),
    first_response_due_at: model.dateTime().nullable(),
    resolution_state: model.text().nullable(),
    resolution_due_at: model.dateTime().nullable(),
    next_sla_check_at: model.dateTime().nullable(),
    status_history: model.json(),
    first_response_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    reopen_count: model.number().default(0),
    message_count: model.number().default(0),
    last_message_at: model.dateTime().nullable(),
    last_message_by: model.text().nullable(),
    // the last policy decision (lib PolicyDecision, without per-rule verdicts of passing rules)
    decision: model.json().nullable(),
    // the saved reply that resolved the case (the BM25 suggestion key)
    resolution_reply_key: model.text().nullable(),
    follow_up_of: model.text().nullable(),
    topic: model.text().nullable(),
    survey_status: model.text().nullable(),
    csat: model.number().nullable(),
    nps: model.number().nullable(),
    opened_by_type: model.text().default("customer"),
    opened_by_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["rma_number"], unique: true },
    { on: ["sla_rank", "sla_due_at", "priority_order", "created_at", "id"] },
    { on: ["status", "sla_rank", "sla_due_at", "priority_order", "created_at", "id"] },
    { on: ["customer_id", "created_at"] },
    { on: ["order_id"] },
    { on: ["assignee_id", "status"] },
    { on: ["next_sla_check_at"] },
    { on: ["resolved_at"] },
    { on: ["created_at"] },
  ])

export default FinesseAfterSalesCase
