import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { UseRow } from "./uses"

export type ReviewStatus = "none" | "pending" | "approved" | "cancelled" | "refused"

/** An assessment as written (the model's columns without timestamps; json as objects). */
export type AssessmentRow = {
  ref: string
  order_id: string | null
  customer_id: string | null
  placed_at: Date
  amount: number
  currency_code: string
  score: number
  rules_score: number
  model_probability: number | null
  decision: "allow" | "review" | "block"
  decided_by: string
  review_status: ReviewStatus
  signals: Array<{ code: string; hit: boolean; points: number }>
  hit_codes: string[]
  explanation: string
  record: unknown
  rule_set_version: number
  model_version: string | null
  source: "checkout" | "history"
}

const COLS = [
  "id", "ref", "order_id", "customer_id", "placed_at", "amount", "currency_code", "score", "rules_score", "model_probability",
  "decision", "decided_by", "review_status", "signals", "hit_codes", "explanation", "record", "rule_set_version", "model_version", "source",
] as const
const CASTS: Record<(typeof COLS)[number], string> = {
  id: "text", ref: "text", order_id: "text", customer_id: "text", placed_at: "timestamptz", amount: "int4", currency_code: "text",
  score: "int4", rules_score: "int4", model_probability: "float4", decision: "text", decided_by: "text", review_status: "text",
  signals: "jsonb", hit_codes: "text", explanation: "text", record: "jsonb", rule_set_version: "int4", model_version: "text", source: "text",
}

const value = (row: AssessmentRow & { id: string }, c: (typeof COLS)[number]) =>
  c === "signals" || c === "record" ? JSON.stringify(row[c]) : c === "hit_codes" ? `{${row.hit_codes.map((h) => `"${h}"`).join(",")}}` : row[c]

/**
 * Writes a checkout's assessment and its counter row in one statement (one round trip on the order-placement path).
 * A second scoring of the same cart replaces both; the review status of a decided assessment is kept.
 */
export async function saveCheckoutAssessment(db: Knex, a: AssessmentRow, use: UseRow): Promise<string> {
  const row = { ...a, id: generateEntityId(undefined, "frsk") }
  const r = await db.raw(
    `with u as (
       insert into finesse_risk_use (ref, order_id, account, account_created_at, at, email, ip, card, address, device)
       values (?, ?, ?::int8, ?, ?, ?::int8, ?::int8, ?::int8, ?::int8, ?::int8)
       on conflict (ref) do update set account = excluded.account, account_created_at = excluded.account_created_at, at = excluded.at,
         email = excluded.email, ip = excluded.ip, card = excluded.card, address = excluded.address, device = excluded.device
       returning ref
     )
     insert into finesse_risk_assessment (${COLS.join(", ")})
     values (${COLS.map((c) => `?::${CASTS[c]}${c === "hit_codes" ? "[]" : ""}`).join(", ")})
     on conflict (ref) where deleted_at is null do update set
       ${COLS.filter((c) => c !== "id" && c !== "ref" && c !== "order_id").map((c) => (c === "review_status" ? `review_status = case when finesse_risk_assessment.review_status in ('approved', 'cancelled') then finesse_risk_assessment.review_status else excluded.review_status end` : `${c} = excluded.${c}`)).join(", ")},
       updated_at = now()
     returning id`,
    [use.ref, use.order_id, use.account, use.account_created_at, use.at, use.email, use.ip, use.card, use.address, use.device, ...COLS.map((c) => value(row, c))] as any
  )
  return r.rows[0].id
}

/** Bulk insert of scored history (the replay), replacing earlier assessments by ref. */
export async function saveHistoryAssessments(db: Knex | Knex.Transaction, rows: AssessmentRow[]): Promise<void> {
  if (!rows.length) return
  const withIds = rows.map((r) => ({ ...r, id: generateEntityId(undefined, "frsk") }))
  // arrays of arrays do not pass through unnest: hit codes travel comma-joined and are split in the select
  await db.raw(
    `insert into finesse_risk_assessment (${COLS.join(", ")})
     select ${COLS.map((c) => (c === "hit_codes" ? "string_to_array(t.hit_codes, ',')" : `t.${c}`)).join(", ")}
       from unnest(${COLS.map((c) => `?::${CASTS[c]}[]`).join(", ")}) as t(${COLS.join(", ")})
     on conflict (ref) where deleted_at is null do update set
       ${COLS.filter((c) => c !== "id" && c !== "ref").map((c) => `${c} = excluded.${c}`).join(", ")}, updated_at = now()`,
    COLS.map((c) => withIds.map((r) => (c === "hit_codes" ? r.hit_codes.join(",") : value(r, c)))) as any
  )
}

/** Attaches the order created from a scored cart (the `orderCreated` hook): one statement. */
export async function attachOrder(db: Knex, cartId: string, orderId: string): Promise<{ review_status: ReviewStatus; score: number } | null> {
  const r = await db.raw(
    `with u as (update finesse_risk_use set order_id = ? where ref = ? returning ref)
     update finesse_risk_assessment set order_id = ?, updated_at = now() where ref = ? and deleted_at is null
     returning review_status, score`,
    [orderId, cartId, orderId, cartId]
  )
  return r.rows[0] ?? null
}
