import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { waitFor } from "../../helpers/auth"
import type { StoreFixture } from "../../helpers/store-fixture"

export const DAY = 86_400_000
export const WEEK = 7 * DAY

/** Monday 00:00 UTC of the week containing `ms`: the forecast's as-of. */
export const weekStart = (ms: number) => {
  const day = Math.floor(ms / DAY)
  return (day - ((day + 3) % 7)) * DAY
}

const words = (n: number) => Array.from({ length: n }, (_, i) => ["soft", "organic", "cotton", "woven", "breathable", "tailored", "classic", "durable"][i % 8]).join(" ")
const svgs = ["front", "back", "detail"].map((v) => ({ url: `https://img.finesse.test/${v}.jpg` }))

export type CatalogFixture = {
  complete: { id: string; variantId: string; sku: string }
  incomplete: { id: string; variantId: string; sku: string }
  rising: { id: string; variantId: string; sku: string }
  shirts: string
  hats: string
  locationId: string
}

/**
 * Products for the catalog tests, in the store fixture's channel, with inventory at its warehouse:
 * - a complete product (long title and description, three images, dimensions, SKU, a EUR price, a unit cost),
 * - an incomplete one (short title, no description, no images, no dimensions, no cost),
 * - a product whose demand rises (its weekly line facts go 1, 2 … 10 over the last ten weeks) with 5 units on hand,
 * - seven products in "Shirts" against two in "Hats", so Shirts is overloaded.
 */
export async function createCatalogProducts(container: MedusaContainer, store: StoreFixture): Promise<CatalogFixture> {
  const productModule = container.resolve(Modules.PRODUCT)
  const inventory = container.resolve(Modules.INVENTORY)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const stamp = Date.now()
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const parent = await productModule.createProductCategories({ name: "Catalog test", handle: `catalog-test-${stamp}`, is_active: true })
  const shirts = await productModule.createProductCategories({ name: "Shirts", handle: `cat-shirts-${stamp}`, parent_category_id: parent.id, is_active: true })
  const hats = await productModule.createProductCategories({ name: "Hats", handle: `cat-hats-${stamp}`, parent_category_id: parent.id, is_active: true })
  const base = (title: string, i: number, category: string, extra: Record<string, unknown> = {}) => ({
    title,
    handle: `${title.toLowerCase().replace(/\W+/g, "-")}-${stamp}-${i}`,
    status: ProductStatus.PUBLISHED,
    shipping_profile_id: profile.id,
    category_ids: [category],
    options: [{ title: "Size", values: ["M"] }],
    sales_channels: [{ id: store.channelId }],
    variants: [{ title: "M", sku: `CAT-${stamp}-${i}`, manage_inventory: true, options: { Size: "M" }, prices: [{ amount: 30, currency_code: "eur" }] }],
    ...extra,
  })
  const complete = { description: words(60), images: svgs, thumbnail: svgs[0].url, weight: 300, length: 30, width: 20, height: 4 }
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        base("Organic Cotton Oxford Shirt", 0, shirts.id, complete),
        base("Tee", 1, shirts.id),
        base("Linen Summer Shirt", 2, shirts.id, complete),
        ...[3, 4, 5, 6].map((i) => base(`Striped Cotton Shirt ${i}`, i, shirts.id, complete)),
        base("Wool Flat Cap", 7, hats.id, complete),
        base("Straw Sun Hat", 8, hats.id, complete),
      ],
    },
  })
  const variants = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
    filters: { product_id: products.map((p: any) => p.id) },
  })
  const byProduct = new Map((variants.data as any[]).map((v) => [v.product_id, v]))
  const locationId = (await db.raw(`select stock_location_id id from sales_channel_stock_location where sales_channel_id = ? and deleted_at is null limit 1`, [store.channelId])).rows[0].id
  await inventory.createInventoryLevels(
    products.map((p: any, i: number) => ({ inventory_item_id: byProduct.get(p.id).inventory_items[0].inventory_item_id, location_id: locationId, stocked_quantity: i === 2 ? 5 : 40 }))
  )
  const costs = products.filter((_: any, i: number) => i !== 1).map((p: any) => ({ variant_id: byProduct.get(p.id).id, currency_code: "eur", amount: 1200 }))
  await container.resolve<any>("finesse_data").upsertVariantCosts(costs)
  const ref = (i: number) => ({ id: products[i].id, variantId: byProduct.get(products[i].id).id, sku: byProduct.get(products[i].id).sku })
  return { complete: ref(0), incomplete: ref(1), rising: ref(2), shirts: shirts.id, hats: hats.id, locationId }
}

let seq = 0

/**
 * Order line facts in core's table, as its subscribers write them, in the store's sales channel (which the
 * catalog attributes to the channel's stock location): `weekly[k]` lines of one unit in week k before the current
 * week (k = 0 the last complete week).
 */
export async function insertLineFacts(container: MedusaContainer, store: StoreFixture, lines: { variantId: string; productId: string; weekly: number[]; unitPrice?: number }[], now = Date.now()) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const asOf = weekStart(now)
  const rows: Record<string, unknown>[] = []
  for (const l of lines) {
    l.weekly.forEach((n, k) => {
      for (let j = 0; j < n; j++) {
        const id = `ordli_catfx${String(++seq).padStart(6, "0")}`
        const placed = new Date(asOf - (k + 1) * WEEK + Math.floor(((j + 0.5) / n) * 6 * DAY))
        const price = l.unitPrice ?? 3000
        rows.push({ id, order_id: `order_catfx${seq}`, placed_at: placed, status: "completed", customer_id: null, sales_channel_id: store.channelId, currency_code: "eur", product_id: l.productId, variant_id: l.variantId, quantity: 1, unit_price: price, subtotal: price, total: price })
      }
    })
  }
  for (let i = 0; i < rows.length; i += 500) await db("finesse_order_line_fact").insert(rows.slice(i, i + 500))
  return rows.length
}

/** Behaviour events in core's table: searches (with their result count) and category/product views in sessions. */
export async function insertEvents(container: MedusaContainer, events: { type: string; session: string; at: number; query?: string; result_count?: number; category_id?: string; product_id?: string }[]) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const rows = events.map((e) => ({
    id: `fev_catfx${String(++seq).padStart(6, "0")}`,
    client_event_id: `catfx-${seq}`,
    type: e.type,
    source: "storefront",
    anonymous_id: `anon_${e.session}`,
    session_id: e.session,
    occurred_at: new Date(e.at),
    received_at: new Date(e.at),
    query: e.query ?? null,
    result_count: e.result_count ?? null,
    category_id: e.category_id ?? null,
    product_id: e.product_id ?? null,
  }))
  await db("finesse_event").insert(rows)
}

/** Starts a job through a catalog route and waits for it (and, for a forecast, the replenishment it enqueues). */
export async function runJob(api: any, admin: { headers: Record<string, string> }, path: string, body: Record<string, unknown> = {}) {
  const r = await api.post(`/admin/finesse/catalog/${path}`, body, admin)
  const job = await waitFor(
    () => api.get(`/admin/finesse/jobs/${r.data.job.id}`, admin).then((x: any) => x.data.job),
    (j: any) => ["completed", "failed"].includes(j.state),
    120_000,
    250
  )
  if (job.state !== "completed") throw new Error(`${path} failed: ${job.error}`)
  return job
}
