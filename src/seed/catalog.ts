import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
} from "@medusajs/medusa/core-flows"
import { categoriesByDepth, productInput } from "./catalog-input"
import { IdFactory } from "./bulk/ids"
import { rawJson, TableBuffer } from "./bulk/table"
import type { SeedContext, VariantInfo } from "./context"
import { withConnection } from "./db"

/** Products per createProductsWorkflow run: big enough to amortise the workflow, small enough to keep memory flat. */
const PRODUCT_BATCH = 40

/**
 * Categories (parents first), collections, tags, products with options, variants, EUR/USD prices, the sales
 * channel, the shipping profile and a category; inventory levels per stock location; unit costs in
 * Finesse's variant-cost table. Existing rows (by handle, value or SKU) are kept, so a rerun only fills gaps.
 */
export async function seedCatalog(ctx: SeedContext): Promise<string> {
  const { container, plan, ids } = ctx
  const productModule = container.resolve(Modules.PRODUCT)

  // categories
  const haveCats = await productModule.listProductCategories(
    { handle: plan.categories.map((c) => c.handle) },
    { select: ["id", "handle"], take: null as any }
  )
  const catByHandle = new Map(haveCats.map((c) => [c.handle, c.id]))
  for (const level of categoriesByDepth(plan.categories)) {
    const missing = level.filter((c) => !catByHandle.has(c.handle))
    if (missing.length) {
      const { result } = await createProductCategoriesWorkflow(container).run({
        input: {
          product_categories: missing.map((c) => ({
            name: c.name,
            handle: c.handle,
            rank: c.rank,
            is_active: true,
            is_internal: false,
            parent_category_id: c.parentKey ? ids.categories.get(c.parentKey)! : null,
            metadata: { demo_key: c.key },
          })),
        },
      })
      for (const c of result) catByHandle.set(c.handle, c.id)
    }
    for (const c of level) ids.categories.set(c.key, catByHandle.get(c.handle)!)
  }

  // collections
  const haveCols = await productModule.listProductCollections(
    { handle: plan.collections.map((c) => c.handle) },
    { select: ["id", "handle"], take: null as any }
  )
  const colByHandle = new Map(haveCols.map((c) => [c.handle, c.id]))
  const missingCols = plan.collections.filter((c) => !colByHandle.has(c.handle))
  if (missingCols.length) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missingCols.map((c) => ({ title: c.title, handle: c.handle, metadata: { demo_key: c.key } })) },
    })
    for (const c of result) colByHandle.set(c.handle!, c.id)
  }
  for (const c of plan.collections) ids.collections.set(c.key, colByHandle.get(c.handle)!)

  // tags
  const tagValues = [...new Set(plan.products.flatMap((p) => p.tags))].sort()
  const haveTags = await productModule.listProductTags({ value: tagValues }, { select: ["id", "value"], take: null as any })
  const tagByValue = new Map(haveTags.map((t) => [t.value, t.id]))
  const missingTags = tagValues.filter((v) => !tagByValue.has(v))
  if (missingTags.length) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missingTags.map((value) => ({ value })) },
    })
    for (const t of result) tagByValue.set(t.value, t.id)
  }

  // products
  const haveProducts = await productModule.listProducts(
    { handle: plan.products.map((p) => p.handle) },
    { select: ["id", "handle"], take: null as any }
  )
  const productByHandle = new Map(haveProducts.map((p) => [p.handle, p.id]))
  const missingProducts = plan.products.filter((p) => !productByHandle.has(p.handle))
  const t0 = Date.now()
  let next = 0
  // two workflow runs at a time: each spends much of its time waiting on the database
  const lane = async () => {
    for (;;) {
      const start = next
      next += PRODUCT_BATCH
      if (start >= missingProducts.length) return
      const batch = missingProducts.slice(start, start + PRODUCT_BATCH)
      const { result } = await createProductsWorkflow(container).run({
        input: { products: batch.map((p) => productInput(p, ctx.ids, tagByValue)) },
      })
      for (const p of result) productByHandle.set(p.handle, p.id)
    }
  }
  await Promise.all([lane(), lane()])
  const productSeconds = (Date.now() - t0) / 1000
  for (const p of plan.products) ids.products.set(p.key, productByHandle.get(p.handle)!)

  await loadVariants(ctx)
  const t1 = Date.now()
  const levels = await seedInventoryLevels(ctx)
  const t2 = Date.now()
  const costs = await seedCosts(ctx)
  ctx.logger.info(
    `[seed]   products ${productSeconds.toFixed(1)} s, inventory levels ${((t2 - t1) / 1000).toFixed(1)} s, costs ${((Date.now() - t2) / 1000).toFixed(1)} s`
  )
  const variantCount = plan.products.reduce((s, p) => s + p.variants.length, 0)
  return (
    `${plan.categories.length} categories, ${plan.collections.length} collections, ${tagValues.length} tags, ` +
    `${plan.products.length} products (${missingProducts.length} new), ${variantCount} variants, ` +
    `${levels} new inventory levels, ${costs} unit costs`
  )
}

/** Fills ids.variants (key → id and the product data an order line snapshots). */
export async function loadVariants(ctx: SeedContext): Promise<void> {
  const { container, plan, ids } = ctx
  const productModule = container.resolve(Modules.PRODUCT)
  const skus = plan.products.flatMap((p) => p.variants.map((v) => v.sku))
  const variants = await productModule.listProductVariants({ sku: skus }, { select: ["id", "sku", "product_id"], take: null as any })
  const bySku = new Map(variants.map((v) => [v.sku!, v]))
  const collectionTitle = new Map(plan.collections.map((c) => [c.key, c.title]))
  for (const p of plan.products) {
    for (const v of p.variants) {
      const found = bySku.get(v.sku)
      if (!found) throw new Error(`variant ${v.sku} of ${p.handle} is missing after the catalog phase`)
      const info: VariantInfo = {
        id: found.id,
        product_id: found.product_id!,
        product_key: p.key,
        sku: v.sku,
        title: v.title,
        product_title: p.title,
        product_handle: p.handle,
        product_description: p.description,
        product_collection: p.collectionKey ? collectionTitle.get(p.collectionKey) ?? null : null,
        options: v.options,
        category_id: ids.categories.get(p.categoryKey)!,
        prices: v.prices,
        inventory_item_id: null,
      }
      ids.variants.set(v.key, info)
    }
  }
}

async function seedInventoryLevels(ctx: SeedContext): Promise<number> {
  const { container, plan, ids } = ctx
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventoryModule = container.resolve(Modules.INVENTORY)
  const variantIds = [...ids.variants.values()].map((v) => v.id)
  const itemOf = new Map<string, string>()
  for (let i = 0; i < variantIds.length; i += 500) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: variantIds.slice(i, i + 500) },
    })
    for (const v of data as any[]) {
      const item = v.inventory_items?.[0]?.inventory_item_id
      if (item) itemOf.set(v.id, item)
    }
  }
  for (const info of ids.variants.values()) info.inventory_item_id = itemOf.get(info.id) ?? null
  const existing = await inventoryModule.listInventoryLevels(
    { inventory_item_id: [...itemOf.values()] },
    { select: ["inventory_item_id", "location_id"], take: null as any }
  )
  const have = new Set(existing.map((l) => `${l.inventory_item_id}:${l.location_id}`))
  const toCreate: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const p of plan.products) {
    for (const v of p.variants) {
      const item = itemOf.get(ids.variants.get(v.key)!.id)
      if (!item) throw new Error(`variant ${v.sku} has no inventory item`)
      for (const [locKey, qty] of Object.entries(v.inventory)) {
        const location_id = ids.stockLocations.get(locKey)
        if (!location_id) throw new Error(`unknown stock location ${locKey} on ${v.sku}`)
        if (have.has(`${item}:${location_id}`)) continue
        toCreate.push({ inventory_item_id: item, location_id, stocked_quantity: qty })
      }
    }
  }
  // Plain rows (as the inventory module writes them) rather than createInventoryLevels: that emits one
  // inventory-level.created per level, and a capability plugin's cache subscriber then spends ~10 ms on each
  // (measured 52 s for the demo's 3,788 levels, all of it competing with the rest of the seed).
  const idFactory = new IdFactory()
  const table = new TableBuffer(
    "inventory_level",
    [["id", "text"], ["inventory_item_id", "text"], ["location_id", "text"], ["stocked_quantity", "numeric+raw"]],
    { reserved_quantity: "0", raw_reserved_quantity: rawJson("0"), incoming_quantity: "0", raw_incoming_quantity: rawJson("0") },
    "on conflict (inventory_item_id, location_id) where deleted_at is null do nothing"
  )
  for (const l of toCreate) table.push(idFactory.next("ilev"), l.inventory_item_id, l.location_id, l.stocked_quantity)
  return withConnection(ctx, (conn) => table.flush(conn))
}

async function seedCosts(ctx: SeedContext): Promise<number> {
  const { container, plan, ids } = ctx
  const data = container.resolve("finesse_data") as {
    upsertVariantCosts(rows: { variant_id: string; currency_code: string; amount: number; source: "seed" }[]): Promise<number>
  }
  const rows = plan.products.flatMap((p) =>
    p.variants.flatMap((v) => {
      const variant_id = ids.variants.get(v.key)!.id
      return (["eur", "usd"] as const).map((currency_code) => ({
        variant_id,
        currency_code,
        amount: v.costs[currency_code],
        source: "seed" as const,
      }))
    })
  )
  return data.upsertVariantCosts(rows)
}
