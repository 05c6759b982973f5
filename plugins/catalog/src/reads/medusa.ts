/**
 * Reads of Medusa's own data for the catalog jobs: inventory levels per variant × location, variants and their
 * products, stock locations, the store's currency and regions, categories and their products. Bulk reads are SQL
 * on Medusa's tables (a 100,000-level store in one pass); product content for the quality rules goes through
 * query.graph, which resolves prices through the pricing module's links.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { QualityProduct } from "../lib/quality/rule-types"

const pg = (c: MedusaContainer) => c.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

export type LevelRow = {
  variant_id: string
  product_id: string
  location_id: string
  location_name: string | null
  sku: string | null
  title: string
  stocked: number
  reserved: number
  incoming: number
  variant_created_at: Date
  manage_inventory: boolean
}

/**
 * Inventory levels of every variant at every location, through the variant's inventory item. A kit (several items
 * per variant) counts the sets its scarcest item makes: floor(level / required quantity), the least over its items.
 */
export async function inventoryLevels(container: MedusaContainer): Promise<LevelRow[]> {
  const r = await pg(container).raw(
    `select pvii.variant_id, pv.product_id, il.location_id, sl.name location_name, pv.sku,
            coalesce(p.title || ' · ' || pv.title, pv.title) title, pv.created_at variant_created_at, pv.manage_inventory,
            min(floor(il.stocked_quantity / greatest(pvii.required_quantity, 1)))::int stocked,
            max(ceil(il.reserved_quantity / greatest(pvii.required_quantity, 1)))::int reserved,
            min(floor(il.incoming_quantity / greatest(pvii.required_quantity, 1)))::int incoming
       from inventory_level il
       join product_variant_inventory_item pvii on pvii.inventory_item_id = il.inventory_item_id and pvii.deleted_at is null
       join product_variant pv on pv.id = pvii.variant_id and pv.deleted_at is null
       join product p on p.id = pv.product_id and p.deleted_at is null
       left join stock_location sl on sl.id = il.location_id
      where il.deleted_at is null
      group by pvii.variant_id, pv.product_id, il.location_id, sl.name, pv.sku, p.title, pv.title, pv.created_at, pv.manage_inventory`
  )
  return r.rows.map((x: any) => ({ ...x, stocked: Number(x.stocked), reserved: Number(x.reserved), incoming: Number(x.incoming) }))
}

export type VariantRow = { variant_id: string; product_id: string; sku: string | null; title: string; created_at: Date }

/** Variants (not deleted) by id, with their product's title. */
export async function variantsById(container: MedusaContainer, ids: string[]): Promise<Map<string, VariantRow>> {
  const out = new Map<string, VariantRow>()
  for (let i = 0; i < ids.length; i += 10_000) {
    const r = await pg(container).raw(
      `select pv.id variant_id, pv.product_id, pv.sku, coalesce(p.title || ' · ' || pv.title, pv.title) title, pv.created_at
         from product_variant pv join product p on p.id = pv.product_id where pv.id = any(?) and pv.deleted_at is null`,
      [ids.slice(i, i + 10_000)]
    )
    for (const row of r.rows) out.set(row.variant_id, row)
  }
  return out
}

/** Variants by SKU (lead-time import rows name a SKU or a variant id). */
export async function variantIdsBySku(container: MedusaContainer, skus: string[]): Promise<Map<string, string>> {
  if (!skus.length) return new Map()
  const r = await pg(container).raw(`select sku, id from product_variant where sku = any(?) and deleted_at is null`, [skus])
  return new Map(r.rows.map((x: any) => [x.sku, x.id]))
}

export async function existingVariantIds(container: MedusaContainer, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const r = await pg(container).raw(`select id from product_variant where id = any(?) and deleted_at is null`, [ids])
  return new Set(r.rows.map((x: any) => x.id))
}

export async function stockLocations(container: MedusaContainer): Promise<{ id: string; name: string }[]> {
  const r = await pg(container).raw(`select id, name from stock_location where deleted_at is null order by name`)
  return r.rows
}

/** The store's default currency (lower case), or the first region's. */
export async function storeCurrency(container: MedusaContainer): Promise<string> {
  const db = pg(container)
  const r = await db.raw(`select currency_code from store_currency where is_default and deleted_at is null limit 1`).catch(() => ({ rows: [] as any[] }))
  if (r.rows[0]?.currency_code) return r.rows[0].currency_code
  const reg = await db.raw(`select currency_code from region where deleted_at is null order by created_at limit 1`)
  return reg.rows[0]?.currency_code ?? "eur"
}

export async function regions(container: MedusaContainer): Promise<{ id: string; currency_code: string }[]> {
  const r = await pg(container).raw(`select id, currency_code from region where deleted_at is null order by created_at`)
  return r.rows
}

export type CategoryRow = { id: string; name: string; parent_category_id: string | null; rank: number | null; is_active: boolean }

export async function categoriesAndLinks(container: MedusaContainer) {
  const db = pg(container)
  const [cats, links, products] = await Promise.all([
    db.raw(`select id, name, parent_category_id, rank, is_active from product_category where deleted_at is null`),
    db.raw(
      `select pcp.product_id, pcp.product_category_id category_id from product_category_product pcp
         join product p on p.id = pcp.product_id and p.deleted_at is null`
    ),
    db.raw(`select id from product where deleted_at is null and status <> 'rejected'`),
  ])
  return {
    categories: cats.rows as CategoryRow[],
    links: links.rows as { product_id: string; category_id: string }[],
    productIds: products.rows.map((r: any) => r.id) as string[],
  }
}

/** Tags and option values of products (the facets an overloaded category could be split by). */
export async function productFacets(container: MedusaContainer, productIds: string[]): Promise<Map<string, string[]>> {
  if (!productIds.length) return new Map()
  // option values through the variants that use them (options are shared between products in Medusa 2)
  const r = await pg(container).raw(
    `select ptt.product_id, 'tag: ' || t.value facet from product_tags ptt join product_tag t on t.id = ptt.product_tag_id and t.deleted_at is null
      where ptt.product_id = any(:ids)
     union
     select pv.product_id, o.title || ': ' || v.value from product_variant pv
       join product_variant_option pvo on pvo.variant_id = pv.id
       join product_option_value v on v.id = pvo.option_value_id and v.deleted_at is null
       join product_option o on o.id = v.option_id and o.deleted_at is null
      where pv.product_id = any(:ids) and pv.deleted_at is null`,
    { ids: productIds }
  )
  const out = new Map<string, string[]>()
  for (const row of r.rows) out.set(row.product_id, [...(out.get(row.product_id) ?? []), row.facet])
  return out
}

/** Products with stock on hand (available > 0 somewhere), for the supply of categories. */
export async function productsInStock(container: MedusaContainer): Promise<Set<string>> {
  const r = await pg(container).raw(
    `select distinct pv.product_id from inventory_level il
       join product_variant_inventory_item pvii on pvii.inventory_item_id = il.inventory_item_id and pvii.deleted_at is null
       join product_variant pv on pv.id = pvii.variant_id and pv.deleted_at is null
      where il.deleted_at is null and il.stocked_quantity - il.reserved_quantity > 0`
  )
  return new Set(r.rows.map((x: any) => x.product_id))
}

const PRODUCT_FIELDS = [
  "id", "title", "description", "status", "thumbnail", "updated_at", "weight", "length", "width", "height",
  "images.url", "tags.value", "categories.id", "options.title", "options.values.value",
  "variants.id", "variants.title", "variants.sku", "variants.weight", "variants.length", "variants.width", "variants.height",
  "variants.options.value", "variants.options.option.title", "variants.prices.amount", "variants.prices.currency_code",
]

/** One page of products in the shape the quality rules read (costs are added by the caller). */
export async function pageQualityProducts(container: MedusaContainer, skip: number, take: number): Promise<{ products: QualityProduct[]; count: number }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity: "product", fields: PRODUCT_FIELDS, pagination: { skip, take, order: { id: "ASC" } } })
  const products = (data as any[]).map(
    (p): QualityProduct => ({
      id: p.id,
      title: p.title,
      description: p.description,
      status: p.status,
      thumbnail: p.thumbnail,
      images: (p.images ?? []).map((i: any) => ({ url: i.url })),
      tags: (p.tags ?? []).map((t: any) => t.value),
      category_ids: (p.categories ?? []).map((c: any) => c.id),
      options: (p.options ?? []).map((o: any) => ({ title: o.title, values: (o.values ?? []).map((v: any) => v.value) })),
      weight: p.weight,
      length: p.length,
      width: p.width,
      height: p.height,
      updated_at: p.updated_at,
      variants: (p.variants ?? []).map((v: any) => ({
        id: v.id,
        title: v.title,
        sku: v.sku,
        weight: v.weight,
        length: v.length,
        width: v.width,
        height: v.height,
        options: Object.fromEntries((v.options ?? []).filter((o: any) => o.option?.title).map((o: any) => [o.option.title, o.value])),
        prices: (v.prices ?? []).map((x: any) => ({ currency_code: x.currency_code, amount: Number(x.amount) })),
      })),
    })
  )
  return { products, count: (metadata as any)?.count ?? products.length }
}
