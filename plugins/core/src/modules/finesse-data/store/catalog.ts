import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { toMinor } from "../../../lib/money/minor-units"

/** Which of these variant ids exist (not deleted). */
export async function existingVariants(db: Knex, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const r = await db.raw(`select id from product_variant where id = any(?) and deleted_at is null`, [[...new Set(ids)]])
  return new Set(r.rows.map((x: { id: string }) => x.id))
}

/** sku → variant id for the given SKUs. */
export async function variantsBySku(db: Knex, skus: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const unique = [...new Set(skus)]
  for (let i = 0; i < unique.length; i += 5000) {
    const r = await db.raw(`select id, sku from product_variant where sku = any(?) and deleted_at is null`, [unique.slice(i, i + 5000)])
    for (const x of r.rows) out.set(x.sku, x.id)
  }
  return out
}

/** A product's variants with their base prices and costs (minor units), for the product page widget. */
export async function productVariantsWithCosts(db: Knex, productId: string) {
  const variants = await db.raw(
    `select v.id, v.title, v.sku from product_variant v
      where v.product_id = ? and v.deleted_at is null order by v.variant_rank nulls last, v.created_at, v.id`,
    [productId]
  )
  const ids = variants.rows.map((v: { id: string }) => v.id)
  if (!ids.length) return []
  const prices = await db.raw(
    `select pvps.variant_id, p.currency_code, p.amount
       from product_variant_price_set pvps
       join price p on p.price_set_id = pvps.price_set_id and p.deleted_at is null and p.price_list_id is null
        and coalesce(p.rules_count, 0) = 0
      where pvps.variant_id = any(?) and pvps.deleted_at is null
      order by p.currency_code`,
    [ids]
  )
  const costs = await db.raw(
    `select id, variant_id, currency_code, amount, source, updated_by, updated_at from finesse_variant_cost
      where variant_id = any(?) and deleted_at is null order by currency_code`,
    [ids]
  )
  return variants.rows.map((v: { id: string; title: string; sku: string | null }) => ({
    variant_id: v.id,
    title: v.title,
    sku: v.sku,
    prices: prices.rows
      .filter((p: { variant_id: string }) => p.variant_id === v.id)
      .map((p: { currency_code: string; amount: string }) => ({ currency_code: p.currency_code, amount: toMinor(p.amount, p.currency_code) })),
    costs: costs.rows.filter((c: { variant_id: string }) => c.variant_id === v.id),
  }))
}
