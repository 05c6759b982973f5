import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { OrderOutcome } from "../../../lib"

export type OutcomeInput = {
  order_id: string
  kind: "chargeback" | "refund" | "cancellation" | "review_approved"
  fraud: boolean
  occurred_at: Date
  amount?: number | null
  currency_code?: string | null
  source: string
  source_id: string
  note?: string | null
  created_by?: string | null
}

/** Records an outcome once per (kind, source_id); returns whether it was new. */
export async function insertOutcome(db: Knex, o: OutcomeInput): Promise<boolean> {
  const r = await db.raw(
    `insert into finesse_risk_outcome (id, order_id, kind, fraud, occurred_at, amount, currency_code, source, source_id, note, created_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (kind, source_id) where deleted_at is null do update set fraud = excluded.fraud or finesse_risk_outcome.fraud, updated_at = now()
     returning (xmax = 0) as inserted`,
    [generateEntityId(undefined, "frout"), o.order_id, o.kind, o.fraud, o.occurred_at, o.amount ?? null, o.currency_code ?? null, o.source, o.source_id, o.note ?? null, o.created_by ?? null]
  )
  return !!r.rows[0]?.inserted
}

/** The outcomes of these orders in the lib's form, by order id. */
export async function outcomesOf(db: Knex, orderIds: string[]): Promise<Map<string, OrderOutcome[]>> {
  const out = new Map<string, OrderOutcome[]>()
  if (!orderIds.length) return out
  const r = await db.raw(
    `select order_id, kind, fraud, occurred_at from finesse_risk_outcome where order_id = any(?) and deleted_at is null order by occurred_at`,
    [orderIds]
  )
  for (const x of r.rows as Array<{ order_id: string; kind: OrderOutcome["kind"]; fraud: boolean; occurred_at: Date }>) {
    const at = new Date(x.occurred_at).getTime()
    const o: OrderOutcome = x.kind === "chargeback" || x.kind === "review_approved" ? { kind: x.kind, at } : { kind: x.kind, at, fraud: x.fraud }
    const list = out.get(x.order_id)
    if (list) list.push(o)
    else out.set(x.order_id, [o])
  }
  return out
}
