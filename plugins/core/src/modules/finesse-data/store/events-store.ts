import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { EventRow } from "../types"
import { batchIds } from "./ids"

const COLUMNS = [
  "id",
  "client_event_id",
  "type",
  "source",
  "anonymous_id",
  "session_id",
  "customer_id",
  "sales_channel_id",
  "occurred_at",
  "received_at",
  "product_id",
  "variant_id",
  "category_id",
  "cart_id",
  "order_id",
  "recommendation_id",
  "query",
  "result_count",
  "quantity",
  "amount",
  "currency_code",
  "properties",
  "flags",
  "ip_hash",
] as const

/** Days (UTC, YYYY-MM-DD) touched by a set of timestamps. */
export function daysOf(dates: Date[]): string[] {
  return [...new Set(dates.map((d) => d.toISOString().slice(0, 10)))]
}

/**
 * Inserts events in multi-row statements; a client_event_id that already exists is skipped (idempotent re-send).
 * Returns the client ids that were new.
 */
export async function insertEvents(db: Knex, rows: EventRow[], chunk = 1000): Promise<Set<string>> {
  const inserted = new Set<string>()
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    const ids = batchIds("fev", part.length)
    const values = part.map((r, k) => ({
      id: ids[k],
      client_event_id: r.client_event_id,
      type: r.type,
      source: r.source,
      anonymous_id: r.anonymous_id,
      session_id: r.session_id,
      customer_id: r.customer_id,
      sales_channel_id: r.sales_channel_id,
      occurred_at: r.occurred_at,
      received_at: r.received_at,
      product_id: r.product_id ?? null,
      variant_id: r.variant_id ?? null,
      category_id: r.category_id ?? null,
      cart_id: r.cart_id ?? null,
      order_id: r.order_id ?? null,
      recommendation_id: r.recommendation_id ?? null,
      query: r.query ?? null,
      result_count: r.result_count ?? null,
      quantity: r.quantity ?? null,
      amount: r.amount ?? null,
      currency_code: r.currency_code ?? null,
      properties: r.properties ?? null,
      flags: r.flags?.length ? r.flags : null,
      ip_hash: r.ip_hash ?? null,
    }))
    // one round trip: insert (the rows as one JSON parameter), then mark the days of the new events for the rollup job
    const res = await db.raw(
      `with ins as (
         insert into finesse_event (${COLUMNS.join(",")})
         select ${COLUMNS.join(",")} from json_populate_recordset(null::finesse_event, ?::json)
         on conflict (client_event_id) where deleted_at is null do nothing
         returning client_event_id, occurred_at
       ), dirty as (
         insert into finesse_rollup_dirty (id, day, scope)
         select 'frd_' || replace(gen_random_uuid()::text, '-', ''), d, 'traffic'
           from (select distinct to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') d from ins) x
         on conflict (day, scope) where deleted_at is null do nothing
       )
       select client_event_id from ins`,
      [JSON.stringify(values)]
    )
    for (const r of res.rows as { client_event_id: string }[]) inserted.add(r.client_event_id)
  }
  return inserted
}

export async function markDirty(db: Knex, days: string[], scope: "sales" | "traffic") {
  if (!days.length) return
  await db.raw(
    `insert into finesse_rollup_dirty (id, day, scope) values ${days.map(() => "(?, ?, ?)").join(",")}
     on conflict (day, scope) where deleted_at is null do nothing`,
    days.flatMap((d) => [generateEntityId("", "frd"), d, scope])
  )
}

/** Adds to the per-day counters of dropped or flagged events. */
export async function countRejections(
  db: Knex,
  counts: { day: string; reason: string; action: "dropped" | "flagged"; count: number }[]
) {
  if (!counts.length) return
  await db.raw(
    `insert into finesse_event_rejection (id, day, reason, action, count)
     values ${counts.map(() => "(?, ?, ?, ?, ?)").join(",")}
     on conflict (day, reason, action) where deleted_at is null
     do update set count = finesse_event_rejection.count + excluded.count, updated_at = now()`,
    counts.flatMap((c) => [generateEntityId("", "fevr"), c.day, c.reason, c.action, c.count])
  )
}
