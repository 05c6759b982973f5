import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { InvalidationScope } from "../modules/finesse-recommendations/store/cache"

export type CatalogChange = { scope: InvalidationScope; productIds: string[] | null }

const ids = (data: unknown): string[] => {
  const d = data as { id?: string | string[]; ids?: string[] } | { id: string }[]
  if (Array.isArray(d)) return d.map((x) => x?.id).filter(Boolean) as string[]
  const v = (d as { id?: string | string[] })?.id ?? (d as { ids?: string[] })?.ids
  return (Array.isArray(v) ? v : v ? [v] : []).filter(Boolean)
}

/**
 * Which cached product cards an event from Medusa's catalog, pricing or inventory makes stale. Product events name
 * products; variant and inventory events are mapped to their products through query.graph (when the rows are gone,
 * e.g. a deleted reservation, the whole stock layer is dropped instead); price events drop every price.
 */
export async function catalogChangeOf(container: MedusaContainer, name: string, data: unknown): Promise<CatalogChange> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const list = ids(data)
  if (name.startsWith("product.") && name.split(".").length === 2) return { scope: "product", productIds: list }
  if (name.startsWith("product-variant.")) {
    if (!list.length || name.endsWith(".deleted")) return { scope: "product", productIds: null }
    const { data: rows } = await query.graph({ entity: "variant", fields: ["id", "product_id"], filters: { id: list }, withDeleted: true } as any)
    const products = [...new Set((rows as any[]).map((r) => r.product_id).filter(Boolean))]
    return { scope: "product", productIds: products.length ? products : null }
  }
  if (name.startsWith("pricing.")) return { scope: "price", productIds: null }
  if (name.includes("inventory-level") || name.includes("inventory-item") || name.includes("reservation-item")) {
    try {
      let itemIds: string[] = []
      if (name.includes("inventory-item")) itemIds = list
      else if (name.includes("inventory-level")) {
        const { data: rows } = await query.graph({ entity: "inventory_level", fields: ["id", "inventory_item_id"], filters: { id: list } })
        itemIds = (rows as any[]).map((r) => r.inventory_item_id)
      } else {
        const { data: rows } = await query.graph({ entity: "reservation", fields: ["id", "inventory_item_id"], filters: { id: list } })
        itemIds = (rows as any[]).map((r) => r.inventory_item_id)
      }
      if (!itemIds.length) return { scope: "stock", productIds: null }
      const { data: links } = await query.graph({
        entity: "product_variant_inventory_items",
        fields: ["variant_id", "variant.product_id"],
        filters: { inventory_item_id: itemIds },
      })
      const products = [...new Set((links as any[]).map((l) => l.variant?.product_id).filter(Boolean))]
      return { scope: "stock", productIds: products.length ? products : null }
    } catch {
      return { scope: "stock", productIds: null }
    }
  }
  return { scope: "all", productIds: null }
}
