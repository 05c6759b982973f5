import { ProductStatus } from "@medusajs/framework/utils"
import type { DemoCategory, DemoProduct } from "../demo"
import type { SeedIds } from "./context"

/** Parents before children: categories grouped by depth. */
export function categoriesByDepth(categories: DemoCategory[]): DemoCategory[][] {
  const byKey = new Map(categories.map((c) => [c.key, c]))
  const depth = (c: DemoCategory): number => {
    let d = 0
    for (let p = c.parentKey; p !== null; p = byKey.get(p)?.parentKey ?? null) {
      if (++d > categories.length) throw new Error(`category cycle at ${c.key}`)
    }
    return d
  }
  const levels: DemoCategory[][] = []
  for (const c of categories) {
    const d = depth(c)
    ;(levels[d] ??= []).push(c)
  }
  return levels.filter(Boolean)
}

/** Plan prices are minor units; Medusa 2 stores major units. */
export const toMajor = (minor: number) => minor / 100

/** A plan product as createProductsWorkflow input (published, in the demo channel, prices in major units). */
export function productInput(p: DemoProduct, ids: Pick<SeedIds, "shipping_profile_id" | "categories" | "collections" | "sales_channel_id">, tagByValue: Map<string, string>) {
  return {
    title: p.title,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    discountable: true,
    shipping_profile_id: ids.shipping_profile_id,
    category_ids: [ids.categories.get(p.categoryKey)!],
    collection_id: p.collectionKey ? ids.collections.get(p.collectionKey)! : null,
    tag_ids: p.tags.map((t) => tagByValue.get(t)!),
    options: p.options.map((o) => ({ title: o.title, values: o.values })),
    sales_channels: [{ id: ids.sales_channel_id }],
    metadata: { demo_key: p.key },
    variants: p.variants.map((v) => ({
      title: v.title,
      sku: v.sku,
      options: v.options,
      manage_inventory: true,
      allow_backorder: false,
      metadata: { demo_key: v.key },
      prices: [
        { currency_code: "eur", amount: toMajor(v.prices.eur) },
        { currency_code: "usd", amount: toMajor(v.prices.usd) },
      ],
    })),
  }
}

