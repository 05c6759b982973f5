// Reads of Medusa's order tables the module API has no cheap path for (joins from reservations and fulfilments to
// their orders, the delivery destinations of many orders for the network analysis).
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** order line item id → order id (through Medusa's order_item rows). */
export async function ordersOfLineItems(db: Knex, lineItemIds: readonly string[]): Promise<Map<string, string>> {
  if (!lineItemIds.length) return new Map()
  const r = await db.raw(`select distinct item_id, order_id from order_item where item_id = any(?) and deleted_at is null`, [lineItemIds as string[]])
  return new Map(r.rows.map((x: any) => [x.item_id, x.order_id]))
}

export async function orderOfFulfillment(db: Knex, fulfillmentId: string): Promise<string | null> {
  const r = await db.raw(`select order_id from order_fulfillment where fulfillment_id = ? and deleted_at is null limit 1`, [fulfillmentId])
  return r.rows[0]?.order_id ?? null
}

export type DestinationCount = { country_code: string; postal_code: string | null; city: string | null; orders: number; units: number }

/** Orders (not canceled) per delivery postcode and city placed since `since` — the demand of the network analysis. */
export async function orderDestinations(db: Knex, since: Date): Promise<DestinationCount[]> {
  const r = await db.raw(
    `select lower(a.country_code) country_code, a.postal_code, a.city, count(*)::int orders, coalesce(sum(f.units), 0)::int units
       from "order" o
       join order_address a on a.id = o.shipping_address_id
       left join finesse_order_fact f on f.id = o.id
      where o.deleted_at is null and o.canceled_at is null and o.created_at >= ? and a.country_code is not null
      group by 1, 2, 3`,
    [since]
  )
  return r.rows
}

/** Shipping addresses of orders for a driver's route sheet (read when exporting, never copied into our tables). */
export type ShippingAddressRow = { id: string; display_id: number; first_name: string | null; last_name: string | null; address_1: string | null; address_2: string | null; postal_code: string | null; city: string | null; phone: string | null }

export async function shippingAddresses(db: Knex, orderIds: readonly string[]): Promise<Map<string, ShippingAddressRow>> {
  if (!orderIds.length) return new Map()
  const r = await db.raw(
    `select o.id, o.display_id, a.first_name, a.last_name, a.address_1, a.address_2, a.postal_code, a.city, a.phone
       from "order" o left join order_address a on a.id = o.shipping_address_id where o.id = any(?)`,
    [orderIds as string[]]
  )
  return new Map(r.rows.map((x: ShippingAddressRow) => [x.id, x]))
}
