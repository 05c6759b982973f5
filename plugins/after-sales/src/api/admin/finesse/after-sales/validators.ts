import { z } from "@medusajs/framework/zod"
import { CASE_CHANNELS, CASE_KINDS, CASE_PRIORITIES, CASE_STATUSES } from "../../../../lib/cases/case-model"
import { ITEM_CONDITIONS, RESOLUTIONS, RETURN_KINDS } from "../../../../lib/policy/policy-types"
import { REPAIR_STATUSES } from "../../../../lib/warranty/repair-status"
import { CONFIG_KEYS } from "../../../../engine/config"

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(z.enum(values)).min(1))
const page = { limit: z.coerce.number().int().min(1).max(200).default(20), offset: z.coerce.number().int().min(0).default(0) }
const id = z.string().min(1).max(128)

export const ListCasesQuery = z
  .object({
    status: z.union([z.enum(["active", "all"]), list(CASE_STATUSES)]).optional(),
    kind: list(CASE_KINDS).optional(),
    priority: list(CASE_PRIORITIES).optional(),
    channel: list(CASE_CHANNELS).optional(),
    sla_state: list(["ok", "warning", "breached", "paused", "met", "missed"] as const).optional(),
    // "me", "unassigned" or an admin user id
    assignee_id: z.string().min(1).max(128).optional(),
    customer_id: id.optional(),
    order_id: id.optional(),
    reason: z.string().min(1).max(64).optional(),
    topic: z.string().min(1).max(200).optional(),
    product_id: id.optional(),
    flag: z.string().min(1).max(64).optional(),
    // an RMA number ("RMA-4K7Q2M-X"), an order number ("#1042") or a case number
    q: z.string().min(1).max(64).optional(),
    created_from: z.coerce.date().optional(),
    created_to: z.coerce.date().optional(),
    sort: z.enum(["urgency", "newest", "oldest", "updated"]).default("urgency"),
    ...page,
  })
  .strict()

const line = z
  .object({
    line_item_id: id,
    quantity: z.number().int().min(1).max(10_000),
    condition: z.enum(ITEM_CONDITIONS).nullable().optional(),
    resolution: z.enum(RESOLUTIONS).nullable().optional(),
    exchange_variant_id: id.nullable().optional(),
    reason: z.string().min(1).max(64).nullable().optional(),
  })
  .strict()

export const CreateCaseBody = z
  .object({
    kind: z.enum(CASE_KINDS),
    customer_id: id.nullable().optional(),
    order_id: id.nullable().optional(),
    channel: z.enum(CASE_CHANNELS).default("phone"),
    subject: z.string().trim().min(1).max(200).nullable().optional(),
    body: z.string().trim().min(1).max(10_000),
    reason: z.string().min(1).max(64).nullable().optional(),
    priority: z.enum(CASE_PRIORITIES).nullable().optional(),
    assignee_id: id.nullable().optional(),
    lines: z.array(line).max(100).default([]),
  })
  .strict()

export const UpdateCaseBody = z
  .object({ assignee_id: id.nullable().optional(), priority: z.enum(CASE_PRIORITIES).optional() })
  .strict()
  .refine((b) => b.assignee_id !== undefined || b.priority !== undefined, { message: "give assignee_id or priority", path: ["assignee_id"] })

export const MessageBody = z
  .object({
    body: z.string().trim().min(1).max(10_000),
    visibility: z.enum(["customer", "internal"]).default("customer"),
    reply_key: z.string().min(1).max(100).nullable().optional(),
    // what the reply does besides answering: ask the customer (pauses the clock) or resolve the case
    then: z.enum(["request_info", "resolve"]).optional(),
  })
  .strict()

const AGENT_ACTIONS = ["resolve", "reopen", "close", "cancel", "refuse", "request_info"] as const
export const ActionBody = z
  .object({
    action: z.enum(AGENT_ACTIONS),
    note: z.string().trim().min(1).max(2_000).nullable().optional(),
    reply_key: z.string().min(1).max(100).nullable().optional(),
  })
  .strict()

export const ApproveBody = z
  .object({
    line_ids: z.array(id).min(1).max(100).optional(),
    override_refusals: z.boolean().default(false),
    resolutions: z.record(z.string(), z.enum(RESOLUTIONS)).optional(),
    exchange_variants: z.record(z.string(), id).optional(),
    note: z.string().trim().min(1).max(2_000).nullable().optional(),
  })
  .strict()

export const RefundBody = z
  .object({ remedy_id: id.optional(), amount: z.number().int().positive().optional(), note: z.string().trim().min(1).max(500).optional() })
  .strict()

export const RepairBody = z
  .object({ status: z.enum(REPAIR_STATUSES), note: z.string().trim().min(1).max(2_000).nullable().optional(), quote_amount: z.number().int().positive().nullable().optional() })
  .strict()

export const SaveConfigBody = z
  .object(Object.fromEntries(CONFIG_KEYS.map((k) => [k, z.unknown().optional()])) as Record<(typeof CONFIG_KEYS)[number], z.ZodOptional<z.ZodUnknown>>)
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: `give one of ${CONFIG_KEYS.join(", ")}` })

export const PreviewBody = z
  .object({ order_id: id, kind: z.enum([...RETURN_KINDS, "repair"] as [string, ...string[]]), lines: z.array(line).min(1).max(100), at: z.coerce.date().optional() })
  .strict()

const replyFields = {
  key: z.string().regex(/^[a-z0-9][a-z0-9_.-]{1,99}$/, "lower-case letters, digits, _ . - (2–100)"),
  title: z.string().trim().min(1).max(200),
  body: z.string().min(1).max(10_000),
  kinds: z.array(z.enum(CASE_KINDS)).nullable().optional(),
  reasons: z.array(z.string().min(1).max(64)).nullable().optional(),
  archived: z.boolean().optional(),
}
export const CreateReplyBody = z.object(replyFields).strict()
export const UpdateReplyBody = z.object(replyFields).partial().strict()
export const ListRepliesQuery = z.object({ q: z.string().max(100).optional(), archived: z.coerce.boolean().optional(), ...page }).strict()

const termFields = {
  name: z.string().trim().min(1).max(200),
  product_ids: z.array(id).nullable().optional(),
  category_ids: z.array(id).nullable().optional(),
  months: z.number().int().positive().max(240),
  covers: z.array(z.string().min(1).max(64)).min(1),
  excludes: z.array(z.string().min(1).max(64)).nullable().optional(),
  starts_from: z.enum(["delivery", "order"]).optional(),
}
export const CreateTermBody = z.object(termFields).strict()
export const UpdateTermBody = z.object(termFields).partial().strict()

export const SatisfactionQuery = z
  .object({ by: z.enum(["agent", "reason", "product", "category"]).default("reason"), from: z.coerce.date().optional(), to: z.coerce.date().optional(), unit: z.enum(["day", "week", "month"]).default("week") })
  .strict()

export const AnalyzeBody = z.object({ window_days: z.number().int().min(7).max(365).default(90), k: z.number().int().min(2).max(20).optional() }).strict()
export const RebuildIndexBody = z.object({ rebuild: z.boolean().default(false) }).strict()


