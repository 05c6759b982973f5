import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { SourceItem, SourceOrder } from "../../../lib/facts/types"

/**
 * Reads orders for facts straight from the order module's tables in a few set-based queries (the current order
 * version only). The backfill pages through every order at thousands per second this way; Medusa's own
 * `query.graph` with totals costs tens of milliseconds per order. Pinned to Medusa 2.21's schema; the facts
 * integration test checks the result against Medusa's own computed order totals.
 */
export async function loadSourceOrders(db: Knex, ids: string[]): Promise<SourceOrder[]> {
  if (!ids.length) return []
  const orders = await db.raw(
    `select o.id, o.display_id, o.customer_id, o.sales_channel_id, o.region_id, o.currency_code, o.created_at,
            o.status, o.canceled_at, o.version,
            (select s.totals->>'refunded_total' from order_summary s
              where s.order_id = o.id and s.version = o.version and s.deleted_at is null limit 1) as refunded_total,
            (select oc.cart_id from order_cart oc where oc.order_id = o.id and oc.deleted_at is null limit 1) as cart_id
       from "order" o
      where o.id = any(?) and o.deleted_at is null and o.is_draft_order = false`,
    [ids]
  )
  const items = await db.raw(
    `select oi.order_id, oi.version, li.id, li.product_id, li.variant_id, li.title, oi.quantity,
            coalesce(oi.unit_price, li.unit_price) as unit_price, li.is_tax_inclusive,
            oi.return_received_quantity
       from order_item oi
       join "order" o on o.id = oi.order_id and oi.version = o.version
       join order_line_item li on li.id = oi.item_id and li.deleted_at is null
      where oi.order_id = any(?) and oi.deleted_at is null
      order by oi.order_id, li.id`,
    [ids]
  )
  const itemIds = items.rows.map((r: { id: string }) => r.id)
  // adjustments of the current order version, filtered here by the item's version: joined to order_item instead,
  // the planner scanned all of order_item for every page
  const versionOf = new Map<string, number>(items.rows.map((r: { id: string; version: number }) => [r.id, r.version]))
  const adjustments = itemIds.length
    ? await db.raw(
        `select a.item_id, a.amount, a.code, a.version from order_line_item_adjustment a
          where a.item_id = any(?) and a.deleted_at is null`,
        [itemIds]
      )
    : { rows: [] }
  adjustments.rows = adjustments.rows.filter((a: { item_id: string; version: number }) => versionOf.get(a.item_id) === a.version)
  const taxes = itemIds.length
    ? await db.raw(`select item_id, rate from order_line_item_tax_line where item_id = any(?) and deleted_at is null`, [itemIds])
    : { rows: [] }
  const shipping = await db.raw(
    `select os.order_id, sm.id, sm.amount, sm.is_tax_inclusive,
            coalesce((select array_agg(a.amount) from order_shipping_method_adjustment a
                       where a.shipping_method_id = sm.id and a.version = os.version and a.deleted_at is null), '{}') as adjustments,
            coalesce((select array_agg(t.rate) from order_shipping_method_tax_line t
                       where t.shipping_method_id = sm.id and t.deleted_at is null), '{}') as tax_rates
       from order_shipping os
       join "order" o on o.id = os.order_id and os.version = o.version
       join order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
      where os.order_id = any(?) and os.deleted_at is null and os.return_id is null
        and os.claim_id is null and os.exchange_id is null`,
    [ids]
  )
  const promos = await db.raw(
    `select op.order_id, p.code from order_promotion op join promotion p on p.id = op.promotion_id
      where op.order_id = any(?) and op.deleted_at is null`,
    [ids]
  )

  const group = <T extends Record<string, unknown>>(rows: T[], key: keyof T) => {
    const m = new Map<string, T[]>()
    for (const r of rows) {
      const k = r[key] as string
      if (!m.has(k)) m.set(k, [])
      m.get(k)!.push(r)
    }
    return m
  }
  const adjByItem = group(adjustments.rows, "item_id")
  const taxByItem = group(taxes.rows, "item_id")
  const itemsByOrder = group(items.rows, "order_id")
  const shipByOrder = group(shipping.rows, "order_id")
  const promosByOrder = group(promos.rows, "order_id")

  return orders.rows.map((o: Record<string, any>): SourceOrder => {
    const its: SourceItem[] = (itemsByOrder.get(o.id) ?? []).map((i: Record<string, any>) => {
      const adj = adjByItem.get(i.id) ?? []
      return {
        id: i.id,
        product_id: i.product_id,
        variant_id: i.variant_id,
        title: i.title,
        quantity: i.quantity,
        unit_price: i.unit_price,
        is_tax_inclusive: !!i.is_tax_inclusive,
        adjustments: adj.map((a: Record<string, any>) => ({ amount: a.amount, code: a.code })),
        tax_rates: (taxByItem.get(i.id) ?? []).map((t: Record<string, any>) => t.rate),
        returned_quantity: i.return_received_quantity ?? 0,
      }
    })
    const codes = new Set<string>((promosByOrder.get(o.id) ?? []).map((p: Record<string, any>) => p.code))
    for (const i of its) for (const a of i.adjustments) if (a.code) codes.add(a.code)
    return {
      id: o.id,
      display_id: o.display_id,
      customer_id: o.customer_id,
      sales_channel_id: o.sales_channel_id,
      region_id: o.region_id,
      currency_code: o.currency_code,
      created_at: o.created_at,
      status: o.status,
      canceled_at: o.canceled_at,
      refunded_total: o.refunded_total,
      cart_id: o.cart_id,
      items: its,
      shipping_methods: (shipByOrder.get(o.id) ?? []).map((s: Record<string, any>) => ({
        amount: s.amount,
        is_tax_inclusive: !!s.is_tax_inclusive,
        adjustments: s.adjustments ?? [],
        tax_rates: s.tax_rates ?? [],
      })),
      promotion_codes: [...codes],
    }
  })
}

/** The next page of order ids in (created_at, id) order after a cursor, for resumable backfills. */
export async function pageOrderIds(
  db: Knex,
  after: { created_at: string; id: string } | null,
  limit: number
): Promise<{ id: string; created_at: string }[]> {
  const rows = await db.raw(
    `select id, created_at from "order"
      where deleted_at is null and is_draft_order = false
        ${after ? "and (created_at, id) > (?::timestamptz, ?)" : ""}
      order by created_at, id limit ?`,
    after ? [after.created_at, after.id, limit] : [limit]
  )
  return rows.rows.map((r: { id: string; created_at: Date }) => ({ id: r.id, created_at: new Date(r.created_at).toISOString() }))
}

export async function countOrders(db: Knex): Promise<number> {
  const r = await db.raw(`select count(*)::int n from "order" where deleted_at is null and is_draft_order = false`)
  return r.rows[0].n
}

/** product id → its most specific (deepest) category. */
export async function loadCategories(db: Knex, productIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(productIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const r = await db.raw(
    `select distinct on (pcp.product_id) pcp.product_id, c.id
       from product_category_product pcp join product_category c on c.id = pcp.product_category_id and c.deleted_at is null
      where pcp.product_id = any(?)
      order by pcp.product_id, length(c.mpath) desc, c.id`,
    [ids]
  )
  return new Map(r.rows.map((x: { product_id: string; id: string }) => [x.product_id, x.id]))
}

/**
 * The storefront session that placed each order: the `order_placed` event's session, else the latest
 * `checkout_started` event for the order's cart.
 */
export async function loadOrderSessions(
  db: Knex,
  orders: { id: string; cart_id: string | null }[]
): Promise<Map<string, { anonymous_id: string | null; session_id: string | null }>> {
  const out = new Map<string, { anonymous_id: string | null; session_id: string | null }>()
  if (!orders.length) return out
  const placed = await db.raw(
    `select order_id, anonymous_id, session_id from finesse_event
      where type = 'order_placed' and order_id = any(?) and deleted_at is null and session_id is not null`,
    [orders.map((o) => o.id)]
  )
  for (const r of placed.rows) out.set(r.order_id, { anonymous_id: r.anonymous_id, session_id: r.session_id })
  const carts = orders.filter((o) => o.cart_id && !out.has(o.id))
  if (carts.length) {
    const r = await db.raw(
      `select distinct on (cart_id) cart_id, anonymous_id, session_id from finesse_event
        where type = 'checkout_started' and cart_id = any(?) and deleted_at is null
        order by cart_id, occurred_at desc`,
      [carts.map((o) => o.cart_id as string)]
    )
    const byCart = new Map(r.rows.map((x: Record<string, string>) => [x.cart_id, x]))
    for (const o of carts) {
      const hit = byCart.get(o.cart_id!) as Record<string, string> | undefined
      if (hit) out.set(o.id, { anonymous_id: hit.anonymous_id, session_id: hit.session_id })
    }
  }
  return out
}
