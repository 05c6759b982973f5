import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DailyCountRow, DailySalesRow, DailyTrafficRow } from "../lib"

/**
 * Read-only SQL over core's daily rollups for the KPI anomaly job: one row per day (and currency for money), summed
 * over channels and regions. Candidate for core's read API (`kpiReport` answers one currency's report with
 * comparisons, not the raw per-day rows of two years the detector needs).
 */
export async function readDailySales(db: Knex, from: string, to: string): Promise<Array<DailySalesRow & { currency_code: string }>> {
  const r = await db.raw(
    `select day, currency_code, sum(orders)::float8 orders, sum(gross)::float8 gross, sum(discount)::float8 discount,
            sum(refunded_orders)::float8 refunded_orders
       from finesse_daily_sales where day >= ? and day <= ? and deleted_at is null
      group by day, currency_code order by day`,
    [from, to]
  )
  return r.rows
}

/** Candidate for core's read API: events, sessions and sessions with an order per day, all channels. */
export async function readDailyTraffic(db: Knex, from: string, to: string): Promise<DailyTrafficRow[]> {
  const r = await db.raw(
    `select day, sum(events)::float8 events, sum(sessions)::float8 sessions, sum(sessions_ordered)::float8 sessions_ordered
       from finesse_daily_traffic where day >= ? and day <= ? and deleted_at is null
      group by day order by day`,
    [from, to]
  )
  return r.rows
}

/**
 * Price changes per day from Medusa's pricing tables: prices created, updated or deleted that day (UTC). Medusa keeps
 * no price history, so a price changed on two days counts on the later one only: older days are a lower bound, the
 * last days (what the nightly job scores) are right.
 */
export async function readPriceChanges(db: Knex, from: string, to: string): Promise<DailyCountRow[]> {
  const r = await db.raw(
    `select d.day, count(*)::float8 as count
       from price p,
            lateral (select to_char(greatest(p.updated_at, coalesce(p.deleted_at, p.updated_at)) at time zone 'UTC', 'YYYY-MM-DD') as day) d
      where greatest(p.updated_at, coalesce(p.deleted_at, p.updated_at)) >= (?::date at time zone 'UTC')
        and greatest(p.updated_at, coalesce(p.deleted_at, p.updated_at)) < ((?::date + 1) at time zone 'UTC')
      group by d.day order by d.day`,
    [from, to]
  )
  return r.rows
}

export type OrderFactForRisk = { id: string; customer_id: string | null; anonymous_id: string | null; placed_at: Date; total: number; currency_code: string; status: string }

/**
 * Core's order facts in (placed_at, id) order with the storefront device (`anonymous_id`, which the read API's
 * OrderFactRow leaves out), keyset-paged. Candidate for core's read API: add `anonymous_id` to OrderFactRow.
 */
export async function pageOrderFactsForRisk(
  db: Knex,
  after: { at: Date; id: string } | null,
  limit: number,
  range: { since: Date; until: Date }
): Promise<OrderFactForRisk[]> {
  const r = await db.raw(
    `select id, customer_id, anonymous_id, placed_at, total, currency_code, status from finesse_order_fact
      where deleted_at is null and placed_at >= ? and placed_at < ? ${after ? "and (placed_at, id) > (?, ?)" : ""}
      order by placed_at, id limit ?`,
    after ? [range.since, range.until, after.at, after.id, limit] : [range.since, range.until, limit]
  )
  return r.rows.map((x: any) => ({ ...x, total: Number(x.total) }))
}

/**
 * Orders of customers who share a storefront device (`anonymous_id`) with another customer since `since`, oldest first.
 * Candidate for core's read API (a "devices shared between customers" read).
 */
export async function ordersOnSharedDevices(db: Knex, since: Date): Promise<Array<{ order_id: string; customer_id: string; anonymous_id: string; placed_at: Date }>> {
  const r = await db.raw(
    `with shared as (
       select anonymous_id from finesse_order_fact
        where anonymous_id is not null and customer_id is not null and deleted_at is null and placed_at >= ?
        group by anonymous_id having count(distinct customer_id) >= 2
     )
     select f.id order_id, f.customer_id, f.anonymous_id, f.placed_at
       from finesse_order_fact f join shared s on s.anonymous_id = f.anonymous_id
      where f.deleted_at is null and f.customer_id is not null and f.placed_at >= ?
      order by f.placed_at, f.id`,
    [since, since]
  )
  return r.rows
}

/** Which of these orders core's facts record as cancelled (a cancellation says nothing about fraud: no label). */
export async function canceledOrderIds(db: Knex, orderIds: string[]): Promise<Set<string>> {
  if (!orderIds.length) return new Set()
  const r = await db.raw(`select id from finesse_order_fact where id = any(?) and status = 'canceled' and deleted_at is null`, [orderIds])
  return new Set(r.rows.map((x: { id: string }) => x.id))
}
