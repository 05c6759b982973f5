import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

const DAY = 86_400_000
const db = (c: MedusaContainer) => c.resolve(ContainerRegistrationKeys.PG_CONNECTION)

export type DemoLine = { line_id: string; order_id: string; customer_id: string; placed_at: number; product_id: string; quantity: number }

/**
 * What the demo seed finds in the store (the order facts core built from the seeded orders): products sold in the
 * last half year with their titles and categories, the lines of completed orders of registered customers, the
 * planted defective product and serial returner (found by the same rules src/demo/plants/after-sales.ts applies to
 * the plan).
 */
export async function readDemoStore(container: MedusaContainer, now: number) {
  const since = new Date(now - 200 * DAY)
  const top = (
    await db(container).raw(
      `select product_id, min(category_id) category_id, sum(quantity)::int units from finesse_order_line_fact
        where placed_at >= ? and status = 'completed' and product_id is not null and deleted_at is null
        group by 1 order by 3 desc, 1 limit 40`,
      [since]
    )
  ).rows as Array<{ product_id: string; category_id: string | null; units: number }>
  // the plant's rule: the "Lighting" product with the most units over the whole history, ties by handle
  const { data: lighting } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_category", fields: ["id", "products.id", "products.handle"], filters: { name: "Lighting" } })
  const lamps = (lighting as any[]).flatMap((c) => c.products ?? [])
  let defect: { id: string; handle: string } | null = null
  if (lamps.length) {
    const units = (
      await db(container).raw(`select product_id, sum(quantity)::int units from finesse_order_line_fact where product_id = any(?::text[]) and deleted_at is null group by 1`, [`{${lamps.map((p: any) => p.id).join(",")}}`])
    ).rows as Array<{ product_id: string; units: number }>
    const by = new Map(units.map((u) => [u.product_id, u.units]))
    const best = lamps.map((p: any) => ({ id: p.id, handle: p.handle, units: by.get(p.id) ?? 0 })).sort((a: any, b: any) => b.units - a.units || (a.handle < b.handle ? -1 : 1))[0]
    if (best?.units) defect = { id: best.id, handle: best.handle }
  }
  const productIds = [...new Set([...top.map((t) => t.product_id), ...(defect ? [defect.id] : [])])]
  const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product", fields: ["id", "title", "categories.id"], filters: { id: productIds } })
  const catalog = (products as any[]).map((p) => ({ id: p.id as string, title: p.title as string, categoryId: (p.categories?.[0]?.id as string) ?? "none" }))
  const lines = (
    await db(container).raw(
      `select id line_id, order_id, customer_id, placed_at, product_id, quantity::int quantity from finesse_order_line_fact
        where product_id = any(?::text[]) and status = 'completed' and customer_id is not null and deleted_at is null order by placed_at`,
      [`{${productIds.join(",")}}`]
    )
  ).rows.map((r: any) => ({ ...r, placed_at: new Date(r.placed_at).getTime() })) as DemoLine[]
  const serial = (
    await db(container).raw(
      `select customer_id, sum(returned_quantity)::int returned from finesse_order_line_fact
        where customer_id is not null and placed_at >= ? and deleted_at is null group by 1 having sum(returned_quantity) > 0 order by 2 desc, 1 limit 1`,
      [new Date(now - 365 * DAY)]
    )
  ).rows[0] as { customer_id: string; returned: number } | undefined
  return { catalog, lines, defect, serialReturner: serial?.customer_id ?? null }
}

/** Completed orders of one customer, newest first, with their lines. */
export async function ordersOf(container: MedusaContainer, customerId: string) {
  const r = await db(container).raw(
    `select id line_id, order_id, placed_at, product_id, quantity::int quantity, returned_quantity::int returned from finesse_order_line_fact
      where customer_id = ? and status = 'completed' and deleted_at is null order by placed_at desc`,
    [customerId]
  )
  return (r.rows as any[]).map((x) => ({ ...x, placed_at: new Date(x.placed_at).getTime() }))
}

/** A completed order of a registered customer placed between the two instants, with a line not returned yet. */
export async function orderPlacedBetween(container: MedusaContainer, from: number, to: number, exceptCustomer: string | null, maxUnitPrice = 2_000_000_000) {
  const r = await db(container).raw(
    `select id line_id, order_id, customer_id, placed_at, product_id, quantity::int quantity from finesse_order_line_fact
      where status = 'completed' and customer_id is not null and returned_quantity = 0 and deleted_at is null
        and placed_at >= ? and placed_at < ? and (?::text is null or customer_id <> ?) and unit_price <= ? order by placed_at desc, id limit 1`,
    [new Date(from), new Date(to), exceptCustomer, exceptCustomer, maxUnitPrice]
  )
  const x = r.rows[0]
  return x ? { ...x, placed_at: new Date(x.placed_at).getTime() } as DemoLine : null
}
