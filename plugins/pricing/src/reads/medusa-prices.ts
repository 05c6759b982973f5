/**
 * Bulk reads of Medusa's catalog and pricing tables for repricing (100,000 variants in pages of a few thousand):
 * `query.graph` would build every product, variant and price-set object through three modules and links for what
 * is three joins here. Read-only; every write goes through the pricing module in a workflow.
 *
 * "Current price" of a target (variant, currency[, region]) is what Medusa's calculatePrices answers for it when the
 * Finesse price list is the only one in force: the Finesse list's price with the target's exact rules, else (for a
 * region) the list's currency-wide price, else the base price (region-ruled for a region, else currency-wide).
 * Prices with quantity tiers or other rules (customer groups) are ignored: repricing moves the plain shelf price.
 */
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import { pgArray } from "../modules/finesse-pricing/store/bulk"

export type PricePoint = { priceId: string; amount: number }

/** One variant's prices by currency (and region), minor units. */
export type VariantPrices = {
  variantId: string
  productId: string
  priceSetId: string
  sku: string | null
  /** ean / upc / barcode as stored */
  gtins: string[]
  collectionId: string | null
  /** most specific first (deepest category path), then by id */
  categoryIds: string[]
  /** `${currency}|${region or ""}` → base price */
  base: Map<string, PricePoint>
  /** `${currency}|${region or ""}` → the Finesse price list's price */
  list: Map<string, PricePoint>
}

export const priceKey = (currency: string, region: string | null | undefined) => `${currency}|${region ?? ""}`

/** The price a customer sees for the target now (see the file comment). */
export function currentPrice(v: VariantPrices, currency: string, region: string | null): { amount: number; fromList: boolean } | null {
  const exact = v.list.get(priceKey(currency, region))
  if (exact) return { amount: exact.amount, fromList: true }
  if (region) {
    const wide = v.list.get(priceKey(currency, null))
    if (wide) return { amount: wide.amount, fromList: true }
    const b = v.base.get(priceKey(currency, region))
    if (b) return { amount: b.amount, fromList: false }
  }
  const b = v.base.get(priceKey(currency, null))
  return b ? { amount: b.amount, fromList: false } : null
}

type VariantRow = { id: string; product_id: string; sku: string | null; ean: string | null; upc: string | null; barcode: string | null; collection_id: string | null; price_set_id: string }

async function complete(db: Knex, rows: VariantRow[], priceListId: string | null): Promise<VariantPrices[]> {
  if (!rows.length) return []
  const productIds = [...new Set(rows.map((r) => r.product_id))]
  const [cats, prices] = await Promise.all([
    db.raw(
      `select pcp.product_id, pcp.product_category_id from product_category_product pcp
       join product_category pc on pc.id = pcp.product_category_id and pc.deleted_at is null
       where pcp.product_id = any(?::text[]) order by length(pc.mpath) desc, pc.id`,
      [pgArray(productIds)]
    ),
    db.raw(
      `select pr.id, pr.price_set_id, pr.currency_code, pr.amount::text amount, pr.price_list_id, pr.rules_count,
              (select r.value from price_rule r where r.price_id = pr.id and r.attribute = 'region_id' and r.operator = 'eq' and r.deleted_at is null limit 1) region_id
       from price pr
       where pr.price_set_id = any(?::text[]) and pr.deleted_at is null and pr.min_quantity is null and pr.max_quantity is null
         and (pr.price_list_id is null ${priceListId ? "or pr.price_list_id = ?" : ""})`,
      priceListId ? [pgArray(rows.map((r) => r.price_set_id)), priceListId] : [pgArray(rows.map((r) => r.price_set_id))]
    ),
  ])
  const catsOf = new Map<string, string[]>()
  for (const c of cats.rows as { product_id: string; product_category_id: string }[]) {
    const l = catsOf.get(c.product_id)
    if (l) l.push(c.product_category_id)
    else catsOf.set(c.product_id, [c.product_category_id])
  }
  const bySet = new Map<string, VariantPrices>()
  const out = rows.map((r) => {
    const v: VariantPrices = {
      variantId: r.id,
      productId: r.product_id,
      priceSetId: r.price_set_id,
      sku: r.sku,
      gtins: [r.ean, r.upc, r.barcode].filter((g): g is string => !!g),
      collectionId: r.collection_id,
      categoryIds: catsOf.get(r.product_id) ?? [],
      base: new Map(),
      list: new Map(),
    }
    bySet.set(r.price_set_id, v)
    return v
  })
  for (const p of prices.rows as { id: string; price_set_id: string; currency_code: string; amount: string; price_list_id: string | null; rules_count: number | null; region_id: string | null }[]) {
    const v = bySet.get(p.price_set_id)
    if (!v) continue
    const rules = p.rules_count ?? 0
    // plain prices only: no rules, or exactly the region rule
    if (rules > 1 || (rules === 1 && !p.region_id)) continue
    const currency = p.currency_code.toLowerCase()
    const target = p.price_list_id ? v.list : v.base
    target.set(priceKey(currency, p.region_id), { priceId: p.id, amount: toMinor(p.amount, currency) })
  }
  return out
}

const VARIANT_SELECT = `select pv.id, pv.product_id, pv.sku, pv.ean, pv.upc, pv.barcode, p.collection_id, pvps.price_set_id
  from product_variant pv
  join product p on p.id = pv.product_id and p.deleted_at is null
  join product_variant_price_set pvps on pvps.variant_id = pv.id and pvps.deleted_at is null
  where pv.deleted_at is null`

/** A page of variants in id order (keyset: pass the last id back as `after`), with prices and categories. */
export async function pageVariantPrices(
  db: Knex,
  after: string | null,
  limit: number,
  priceListId: string | null,
  productIds?: readonly string[] | null
): Promise<VariantPrices[]> {
  const args: any[] = []
  let where = ""
  if (after) {
    where += " and pv.id > ?"
    args.push(after)
  }
  if (productIds?.length) {
    where += " and pv.product_id = any(?::text[])"
    args.push(pgArray(productIds))
  }
  const r = await db.raw(`${VARIANT_SELECT}${where} order by pv.id limit ?`, [...args, limit])
  return complete(db, r.rows, priceListId)
}

/** Some variants by id (any order), with prices and categories. */
export async function variantPrices(db: Knex, variantIds: readonly string[], priceListId: string | null): Promise<Map<string, VariantPrices>> {
  const out = new Map<string, VariantPrices>()
  for (let i = 0; i < variantIds.length; i += 5000) {
    const r = await db.raw(`${VARIANT_SELECT} and pv.id = any(?::text[])`, [pgArray(variantIds.slice(i, i + 5000))])
    for (const v of await complete(db, r.rows, priceListId)) out.set(v.variantId, v)
  }
  return out
}

/** Variants of a product, ordered by rank then id. */
export async function variantsOfProduct(db: Knex, productId: string): Promise<{ id: string; title: string | null; sku: string | null }[]> {
  const r = await db.raw(`select id, title, sku from product_variant where product_id = ? and deleted_at is null order by variant_rank nulls last, id`, [productId])
  return r.rows
}

/** id → product id for existing variants. */
export async function productOfVariants(db: Knex, variantIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const unique = [...new Set(variantIds)]
  for (let i = 0; i < unique.length; i += 10_000) {
    const r = await db.raw(`select id, product_id from product_variant where id = any(?::text[]) and deleted_at is null`, [pgArray(unique.slice(i, i + 10_000))])
    for (const x of r.rows) out.set(x.id, x.product_id)
  }
  return out
}

/** Every variant's identifiers (for matching competitor offers by GTIN or SKU). */
export async function variantIdentifiers(db: Knex): Promise<{ id: string; product_id: string; sku: string | null; gtins: string[] }[]> {
  const r = await db.raw(`select id, product_id, sku, ean, upc, barcode from product_variant where deleted_at is null`)
  return r.rows.map((x: any) => ({ id: x.id, product_id: x.product_id, sku: x.sku, gtins: [x.ean, x.upc, x.barcode].filter(Boolean) }))
}

/** Regions with their currency (a region-specific assignment prices in its region's currency). */
export async function regionCurrencies(db: Knex): Promise<Map<string, string>> {
  const r = await db.raw(`select id, currency_code from region where deleted_at is null`)
  return new Map(r.rows.map((x: { id: string; currency_code: string }) => [x.id, x.currency_code.toLowerCase()]))
}

/** Category names with their parent's (for the price index and the strategy list). */
export async function categoryNames(db: Knex, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  // "Women › Trousers & Jeans": two leaves of one name under different parents stay apart
  const r = await db.raw(
    `select c.id, case when p.id is null then c.name else p.name || ' › ' || c.name end as name
     from product_category c left join product_category p on p.id = c.parent_category_id where c.id = any(?::text[])`,
    [pgArray(ids)]
  )
  return new Map(r.rows.map((x: { id: string; name: string }) => [x.id, x.name]))
}

/** Product titles and first categories. */
export async function productSummaries(db: Knex, ids: readonly string[]): Promise<Map<string, { title: string; thumbnail: string | null; category_id: string | null }>> {
  if (!ids.length) return new Map()
  const r = await db.raw(
    `select p.id, p.title, p.thumbnail,
       (select pcp.product_category_id from product_category_product pcp join product_category pc on pc.id = pcp.product_category_id
        where pcp.product_id = p.id order by length(pc.mpath) desc, pc.id limit 1) category_id
     from product p where p.id = any(?::text[])`,
    [pgArray(ids)]
  )
  return new Map(r.rows.map((x: any) => [x.id, { title: x.title, thumbnail: x.thumbnail, category_id: x.category_id }]))
}

/** What an assignment's scope id names: a product's title, a category's name (with its parent) or a collection's title. */
export async function scopeLabels(db: Knex, rows: readonly { scope: string; scope_id: string | null }[]): Promise<Map<string, string>> {
  const ids = (scope: string) => [...new Set(rows.filter((r) => r.scope === scope && r.scope_id).map((r) => r.scope_id!))]
  const out = new Map<string, string>()
  for (const [id, name] of await categoryNames(db, ids("category"))) out.set(id, name)
  for (const [id, s] of await productSummaries(db, ids("product"))) out.set(id, s.title)
  const cols = ids("collection")
  if (cols.length) {
    const r = await db.raw(`select id, title from product_collection where id = any(?::text[])`, [pgArray(cols)])
    for (const x of r.rows) out.set(x.id, x.title)
  }
  return out
}
