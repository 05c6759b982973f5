import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"

export type DeliveryInsert = {
  delivery_key: string
  campaign_id: string
  customer_id: string
  channel: string
  to: string | null
  status: "scheduled" | "skipped"
  reason: string | null
  scheduled_for: Date
  recommendation_id: string | null
  product_ids: string[]
  data: Record<string, unknown>
}

/** Inserts a delivery unless its key exists; returns the row and whether it is new. */
export async function insertDelivery(db: Knex, d: DeliveryInsert): Promise<{ row: any; created: boolean }> {
  const r = await db.raw(
    `insert into finesse_rec_delivery (id, delivery_key, campaign_id, customer_id, channel, "to", status, reason, scheduled_for,
                                       recommendation_id, product_ids, data, open_count, click_count, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, 0, 0, now(), now())
     on conflict (delivery_key) where deleted_at is null do nothing returning *`,
    [
      generateEntityId(undefined, "frdel"),
      d.delivery_key,
      d.campaign_id,
      d.customer_id,
      d.channel,
      d.to,
      d.status,
      d.reason,
      d.scheduled_for,
      d.recommendation_id,
      JSON.stringify(d.product_ids),
      JSON.stringify(d.data),
    ]
  )
  if (r.rows.length) return { row: r.rows[0], created: true }
  const existing = await db.raw(`select * from finesse_rec_delivery where delivery_key = ? and deleted_at is null`, [d.delivery_key])
  return { row: existing.rows[0], created: false }
}

/** Times of messages sent or planned to these customers in [since, until], overall and per campaign. */
export async function messageTimes(db: Knex, customerIds: string[], since: Date, until: Date) {
  const r = await db.raw(
    `select customer_id, campaign_id, coalesce(sent_at, scheduled_for) t from finesse_rec_delivery
      where deleted_at is null and customer_id = any(?) and status in ('scheduled', 'sending', 'sent')
        and coalesce(sent_at, scheduled_for) between ? and ?`,
    [customerIds, since, until]
  )
  const all = new Map<string, number[]>()
  const byCampaign = new Map<string, number[]>()
  for (const x of r.rows as { customer_id: string; campaign_id: string; t: Date }[]) {
    const t = new Date(x.t).getTime()
    ;(all.get(x.customer_id) ?? all.set(x.customer_id, []).get(x.customer_id)!).push(t)
    const k = `${x.campaign_id}|${x.customer_id}`
    ;(byCampaign.get(k) ?? byCampaign.set(k, []).get(k)!).push(t)
  }
  return { all, byCampaign }
}

export async function dueDeliveries(db: Knex, now: Date, limit: number, campaignId?: string) {
  const r = await db.raw(
    `select * from finesse_rec_delivery where deleted_at is null and status in ('scheduled', 'sending') and scheduled_for <= ?
       ${campaignId ? "and campaign_id = ?" : ""} order by scheduled_for, id limit ?`,
    campaignId ? [now, campaignId, limit] : [now, limit]
  )
  return r.rows
}

/** Claims a delivery for sending; a row left in `sending` by a crashed attempt can be claimed again (the notification's idempotency key stops a double send). */
export async function claimDelivery(db: Knex, id: string): Promise<boolean> {
  const r = await db.raw(
    `update finesse_rec_delivery set status = 'sending', updated_at = now() where id = ? and status in ('scheduled', 'sending') returning id`,
    [id]
  )
  return r.rows.length > 0
}

export async function finishDelivery(db: Knex, id: string, status: "sent" | "failed" | "skipped", fields: { notification_id?: string | null; reason?: string | null }) {
  await db.raw(
    `update finesse_rec_delivery set status = ?, notification_id = coalesce(?, notification_id), reason = ?,
            sent_at = case when ? = 'sent' then coalesce(sent_at, now()) else sent_at end, updated_at = now() where id = ?`,
    [status, fields.notification_id ?? null, fields.reason ?? null, status, id]
  )
}

export async function recordDeliveryInteraction(db: Knex, id: string, kind: "open" | "click") {
  const r = await db.raw(
    kind === "open"
      ? `update finesse_rec_delivery set open_count = open_count + 1, opened_at = coalesce(opened_at, now()), updated_at = now() where id = ? and deleted_at is null returning *`
      : `update finesse_rec_delivery set click_count = click_count + 1, clicked_at = coalesce(clicked_at, now()),
                opened_at = coalesce(opened_at, now()), open_count = greatest(open_count, 1), updated_at = now() where id = ? and deleted_at is null returning *`,
    [id]
  )
  return r.rows[0] ?? null
}

/** Delivery figures per campaign: counts by status, opens, clicks, attributed orders and revenue. */
export async function campaignFigures(db: Knex, campaignIds: string[]) {
  if (!campaignIds.length) return new Map<string, any>()
  const d = await db.raw(
    `select campaign_id,
            count(*) filter (where status = 'sent')::int sent,
            count(*) filter (where status in ('scheduled', 'sending'))::int scheduled,
            count(*) filter (where status = 'skipped')::int skipped,
            count(*) filter (where status = 'failed')::int failed,
            count(*) filter (where opened_at is not null)::int opened,
            count(*) filter (where clicked_at is not null)::int clicked
       from finesse_rec_delivery where deleted_at is null and campaign_id = any(?) group by 1`,
    [campaignIds]
  )
  const c = await db.raw(
    `select d.campaign_id, c.currency_code, count(distinct c.order_id)::int orders, coalesce(sum(c.amount), 0)::bigint revenue
       from finesse_rec_delivery d join finesse_rec_conversion c on c.recommendation_id = d.recommendation_id and c.type = 'order' and c.deleted_at is null
      where d.deleted_at is null and d.campaign_id = any(?) group by 1, 2`,
    [campaignIds]
  )
  const out = new Map<string, any>()
  for (const id of campaignIds) out.set(id, { sent: 0, scheduled: 0, skipped: 0, failed: 0, opened: 0, clicked: 0, orders: 0, revenue: {} as Record<string, number> })
  for (const x of d.rows) Object.assign(out.get(x.campaign_id), { sent: x.sent, scheduled: x.scheduled, skipped: x.skipped, failed: x.failed, opened: x.opened, clicked: x.clicked })
  for (const x of c.rows) {
    const f = out.get(x.campaign_id)
    f.orders += x.orders
    if (x.currency_code) f.revenue[x.currency_code] = (f.revenue[x.currency_code] ?? 0) + Number(x.revenue)
  }
  return out
}

export type ProductStateRow = {
  product_id: string
  sales_channel_id: string
  currency_code: string
  in_stock: boolean
  price: number | null
  previous_price: number | null
  stock_changed_at: Date | null
  price_changed_at: Date | null
}

export async function productStates(db: Knex, salesChannelId: string, currencyCode: string): Promise<Map<string, ProductStateRow>> {
  const r = await db.raw(
    `select product_id, sales_channel_id, currency_code, in_stock, price, previous_price, stock_changed_at, price_changed_at
       from finesse_rec_product_state where deleted_at is null and sales_channel_id = ? and currency_code = ?`,
    [salesChannelId, currencyCode]
  )
  return new Map(r.rows.map((x: ProductStateRow) => [x.product_id, x]))
}

export async function upsertProductStates(db: Knex, rows: ProductStateRow[]) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500)
    const q = db("finesse_rec_product_state")
      .insert(chunk.map((r) => ({ id: generateEntityId(undefined, "frps"), ...r })))
      .toQuery()
    await db.raw(
      `${q} on conflict (product_id, sales_channel_id, currency_code) where deleted_at is null do update set
         in_stock = excluded.in_stock, price = excluded.price, previous_price = excluded.previous_price,
         stock_changed_at = excluded.stock_changed_at, price_changed_at = excluded.price_changed_at, updated_at = now()`
    )
  }
}

/** Undoes one recordDeliveryInteraction (compensation). */
export async function undoDeliveryInteraction(db: Knex, id: string, kind: "open" | "click") {
  await db.raw(
    kind === "open"
      ? `update finesse_rec_delivery set open_count = greatest(open_count - 1, 0), opened_at = case when open_count <= 1 then null else opened_at end where id = ?`
      : `update finesse_rec_delivery set click_count = greatest(click_count - 1, 0), clicked_at = case when click_count <= 1 then null else clicked_at end where id = ?`,
    [id]
  )
}
