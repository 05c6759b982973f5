// The order-placement read path of routing in two statements sent at once, straight from Medusa's tables (order,
// order_item, order_line_item, product_variant, product_variant_inventory_item, inventory_level,
// reservation_item) and ours: query.graph's cross-module joins cost several times the 20 ms budget of the whole
// decision. Read-only; the writes go through the inventory module.
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

export type OrderLineRow = {
  line_item_id: string
  title: string
  quantity: number
  fulfilled: number
  weight: number | null
  manage_inventory: boolean | null
  inventory_item_id: string | null
  required_quantity: number | null
}

export type OrderHeadRow = {
  id: string
  display_id: number | null
  currency_code: string
  sales_channel_id: string | null
  country_code: string | null
  postal_code: string | null
  city: string | null
}

export async function readOrderForRouting(db: Knex, orderId: string): Promise<{ head: OrderHeadRow | null; lines: OrderLineRow[] }> {
  const r = await db.raw(
    `with o as (select id, display_id, currency_code, sales_channel_id, version, shipping_address_id from "order" where id = ? and deleted_at is null)
     select o.id, o.display_id, o.currency_code, o.sales_channel_id, a.country_code, a.postal_code, a.city,
            li.id line_item_id, li.title, oi.quantity::float quantity, oi.fulfilled_quantity::float fulfilled, pv.weight::float weight, pv.manage_inventory,
            pvi.inventory_item_id, pvi.required_quantity::float required_quantity
       from o
       left join order_address a on a.id = o.shipping_address_id
       left join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       left join order_line_item li on li.id = oi.item_id
       left join product_variant pv on pv.id = li.variant_id
       left join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.deleted_at is null
      order by li.created_at, li.id`,
    [orderId]
  )
  if (!r.rows.length) return { head: null, lines: [] }
  const h = r.rows[0]
  return {
    head: { id: h.id, display_id: h.display_id === null ? null : Number(h.display_id), currency_code: h.currency_code, sales_channel_id: h.sales_channel_id, country_code: h.country_code, postal_code: h.postal_code, city: h.city },
    lines: r.rows.filter((x: any) => x.line_item_id).map((x: any) => ({ ...x, quantity: Number(x.quantity), fulfilled: Number(x.fulfilled ?? 0) })),
  }
}

export type StockRow = { kind: "level" | "reservation"; id: string | null; inventory_item_id: string; location_id: string; stocked: number; reserved: number; line_item_id: string | null; allow_backorder: boolean | null; description: string | null; metadata: Record<string, unknown> | null }

/** Stock levels of the order's inventory items and the order's own reservations, in one statement. */
export async function readStockForOrder(db: Knex, orderId: string): Promise<StockRow[]> {
  const r = await db.raw(
    `with items as (
       select distinct pvi.inventory_item_id, li.id line_item_id
         from "order" o
         join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id
         join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.deleted_at is null
        where o.id = ?
     )
     select 'level' kind, null id, l.inventory_item_id, l.location_id, l.stocked_quantity::float stocked, l.reserved_quantity::float reserved, null line_item_id, null::boolean allow_backorder, null description, null::jsonb metadata
       from inventory_level l where l.deleted_at is null and l.inventory_item_id in (select inventory_item_id from items)
     union all
     select 'reservation', r.id, r.inventory_item_id, r.location_id, 0, r.quantity::float, r.line_item_id, r.allow_backorder, r.description, r.metadata
       from reservation_item r where r.deleted_at is null and r.line_item_id in (select line_item_id from items)`,
    [orderId]
  )
  return r.rows
}

export type RoutingBundle = {
  head: OrderHeadRow | null
  lines: OrderLineRow[]
  stock: StockRow[]
  /** stock location id → shipments routed there on the day */
  capacity: Record<string, number>
  current: Record<string, any> | null
}

/**
 * Everything of readOrderForRouting, readStockForOrder, the day's capacity counters and the order's current
 * decision in ONE statement: under load a round trip costs more than the query, so the order path pays one.
 */
export async function readRoutingBundle(db: Knex, orderId: string, day: string): Promise<RoutingBundle> {
  const r = await db.raw(
    `with o as (select id, display_id, currency_code, sales_channel_id, version, shipping_address_id from "order" where id = ? and deleted_at is null),
     l as (
       select li.id line_item_id, li.title, oi.quantity::float quantity, oi.fulfilled_quantity::float fulfilled, pv.weight::float weight, pv.manage_inventory,
              pvi.inventory_item_id, pvi.required_quantity::float required_quantity, li.created_at
         from o
         join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
         join order_line_item li on li.id = oi.item_id
         left join product_variant pv on pv.id = li.variant_id
         left join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.deleted_at is null
     )
     select
       (select row_to_json(h) from (select o.id, o.display_id, o.currency_code, o.sales_channel_id, a.country_code, a.postal_code, a.city from o left join order_address a on a.id = o.shipping_address_id) h) head,
       (select coalesce(json_agg(l order by l.created_at, l.line_item_id), '[]') from l) lines,
       (select coalesce(json_agg(s), '[]') from (
          select 'level' kind, null id, v.inventory_item_id, v.location_id, v.stocked_quantity::float stocked, v.reserved_quantity::float reserved, null line_item_id, null::boolean allow_backorder, null description, null::jsonb metadata
            from inventory_level v where v.deleted_at is null and v.inventory_item_id in (select inventory_item_id from l where inventory_item_id is not null)
          union all
          select 'reservation', x.id, x.inventory_item_id, x.location_id, 0, x.quantity::float, x.line_item_id, x.allow_backorder, x.description, x.metadata
            from reservation_item x where x.deleted_at is null and x.line_item_id in (select line_item_id from l)
       ) s) stock,
       (select coalesce(json_object_agg(c.location_id, c.shipments), '{}') from finesse_logistics_capacity_day c where c.day = ? and c.deleted_at is null) capacity,
       (select row_to_json(d) from (select * from finesse_logistics_decision where order_id = ? and current and deleted_at is null order by version desc limit 1) d) current`,
    [orderId, day, orderId]
  )
  const row = r.rows[0] ?? {}
  const h = row.head
  return {
    head: h ? { id: h.id, display_id: h.display_id === null ? null : Number(h.display_id), currency_code: h.currency_code, sales_channel_id: h.sales_channel_id, country_code: h.country_code, postal_code: h.postal_code, city: h.city } : null,
    lines: (row.lines ?? []).map((x: any) => ({ ...x, quantity: Number(x.quantity), fulfilled: Number(x.fulfilled ?? 0) })),
    stock: row.stock ?? [],
    capacity: Object.fromEntries(Object.entries(row.capacity ?? {}).map(([k, v]) => [k, Number(v)])),
    current: row.current ?? null,
  }
}
