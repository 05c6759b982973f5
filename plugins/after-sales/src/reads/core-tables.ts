/**
 * Bulk reads against core's order fact tables that core's read API does not offer yet (candidate for core's read
 * API): a customer's purchase and return history, and units sold and returned per product and category in a window.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ReturnHistory } from "../lib/policy/policy-types"

const db = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * Orders and returns of a customer (from finesse_order_fact / finesse_order_line_fact): one purchase per order,
 * one return per order with returned units. The facts carry no return date: a return is dated at its order, which
 * keeps it inside the same history window in all but edge cases.
 */
export async function customerReturnHistory(container: MedusaContainer, customerId: string): Promise<ReturnHistory> {
  const r = await db(container).raw(
    `select placed_at, sum(quantity)::int units, sum(total)::bigint value,
            sum(returned_quantity)::int returned, sum(refund_amount)::bigint refunded
       from finesse_order_line_fact
      where customer_id = ? and deleted_at is null and status <> 'canceled'
      group by order_id, placed_at order by placed_at`,
    [customerId]
  )
  const purchases: Array<{ at: number; units: number; valueMinor: number }> = []
  const returns: Array<{ at: number; units: number; valueMinor: number }> = []
  for (const row of r.rows as Array<{ placed_at: Date; units: number; value: string; returned: number; refunded: string }>) {
    const at = new Date(row.placed_at).getTime()
    purchases.push({ at, units: row.units, valueMinor: Number(row.value) })
    if (row.returned > 0) returns.push({ at, units: row.returned, valueMinor: Number(row.refunded) })
  }
  return { purchases, returns }
}

export type UnitsByKey = Map<string, number>

/** Units sold (and returned) per product and per category with orders placed in [from, to). */
export async function unitsByProductAndCategory(container: MedusaContainer, from: Date, to: Date) {
  const r = await db(container).raw(
    `select product_id, category_id, sum(quantity)::int sold, sum(returned_quantity)::int returned
       from finesse_order_line_fact
      where placed_at >= ? and placed_at < ? and deleted_at is null and status <> 'canceled' and product_id is not null
      group by 1, 2`,
    [from, to]
  )
  const sold: UnitsByKey = new Map()
  const returned: UnitsByKey = new Map()
  const categories: UnitsByKey = new Map()
  for (const row of r.rows as Array<{ product_id: string; category_id: string | null; sold: number; returned: number }>) {
    sold.set(row.product_id, (sold.get(row.product_id) ?? 0) + row.sold)
    returned.set(row.product_id, (returned.get(row.product_id) ?? 0) + row.returned)
    if (row.category_id) categories.set(row.category_id, (categories.get(row.category_id) ?? 0) + row.sold)
  }
  return { sold, returned, categories }
}
