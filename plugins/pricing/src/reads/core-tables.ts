/**
 * Bulk analytics over core's order line facts that core's read API does not offer (candidate for core's read
 * API: "units and revenue per product over a period" and "line facts of some categories in a period").
 * Money in minor units, as core stores it.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MetricLine } from "../lib/effect/weekly-metrics"
import { pgArray } from "../modules/finesse-pricing/store/bulk"

/**
 * Units and revenue per variant (or product) and currency over [since, until), canceled orders left out; keyed
 * `${id}|${currency}`.
 */
export async function unitsSold(
  db: Knex,
  by: "variant" | "product",
  since: Date,
  until: Date,
  ids?: readonly string[]
): Promise<Map<string, { units: number; revenue: number }>> {
  const col = by === "variant" ? "variant_id" : "product_id"
  const r = await db.raw(
    `select ${col} id, currency_code, sum(quantity)::float8 units, sum(total)::float8 revenue
     from finesse_order_line_fact
     where placed_at >= ? and placed_at < ? and ${col} is not null and status <> 'canceled'
       ${ids ? `and ${col} = any(?::text[])` : ""}
     group by ${col}, currency_code`,
    ids ? [since, until, pgArray(ids)] : [since, until]
  )
  const out = new Map<string, { units: number; revenue: number }>()
  for (const x of r.rows) out.set(`${x.id}|${x.currency_code}`, { units: Number(x.units), revenue: Number(x.revenue) })
  return out
}

/** Line facts of products in some categories (or some products) in [from, to) and one currency, as metric lines. */
export async function metricLines(
  db: Knex,
  filter: { category_ids?: readonly string[]; product_ids?: readonly string[] },
  from: Date,
  to: Date,
  currency: string
): Promise<MetricLine[]> {
  const where: string[] = ["placed_at >= ?", "placed_at < ?", "currency_code = ?", "product_id is not null", "status <> 'canceled'"]
  const args: any[] = [from, to, currency]
  const or: string[] = []
  if (filter.category_ids?.length) {
    or.push("category_id = any(?::text[])")
    args.push(pgArray(filter.category_ids))
  }
  if (filter.product_ids?.length) {
    or.push("product_id = any(?::text[])")
    args.push(pgArray(filter.product_ids))
  }
  if (or.length) where.push(`(${or.join(" or ")})`)
  const r = await db.raw(
    `select product_id, category_id, quantity, total, margin, extract(epoch from placed_at) * 1000 as at from finesse_order_line_fact where ${where.join(" and ")}`,
    args
  )
  return r.rows.map((x: any) => ({ productId: x.product_id, categoryId: x.category_id, quantity: x.quantity, revenue: x.total, margin: x.margin, placedAt: Number(x.at) }))
}

/** The first category core recorded for each product's lines. */
export async function categoriesOfProducts(db: Knex, productIds: readonly string[]): Promise<Map<string, string>> {
  if (!productIds.length) return new Map()
  const r = await db.raw(
    `select distinct on (product_id) product_id, category_id from finesse_order_line_fact
     where product_id = any(?::text[]) and category_id is not null order by product_id, placed_at desc`,
    [pgArray(productIds)]
  )
  return new Map(r.rows.map((x: any) => [x.product_id, x.category_id]))
}
