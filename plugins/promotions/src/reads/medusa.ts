/** Reads of Medusa's own data (promotions, campaigns, groups, customers, products, stock) through query.graph. */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaPromotionLike, ProductAttributes } from "../lib"

const queryOf = (container: MedusaContainer) => container.resolve(ContainerRegistrationKeys.QUERY)

export const PROMOTION_FIELDS = [
  "id",
  "code",
  "type",
  "status",
  "is_automatic",
  "is_tax_inclusive",
  "limit",
  "used",
  "metadata",
  "created_at",
  "campaign_id",
  "application_method.id",
  "application_method.type",
  "application_method.target_type",
  "application_method.allocation",
  "application_method.value",
  "application_method.currency_code",
  "application_method.max_quantity",
  "application_method.apply_to_quantity",
  "application_method.buy_rules_min_quantity",
  "application_method.target_rules.id",
  "application_method.target_rules.attribute",
  "application_method.target_rules.operator",
  "application_method.target_rules.values.value",
  "application_method.buy_rules.id",
  "application_method.buy_rules.attribute",
  "application_method.buy_rules.operator",
  "application_method.buy_rules.values.value",
  "rules.id",
  "rules.attribute",
  "rules.operator",
  "rules.values.value",
  "campaign.id",
  "campaign.name",
  "campaign.campaign_identifier",
  "campaign.starts_at",
  "campaign.ends_at",
  "campaign.budget.id",
  "campaign.budget.type",
  "campaign.budget.limit",
  "campaign.budget.used",
  "campaign.budget.currency_code",
  "campaign.budget.attribute",
]

export type MedusaPromotion = MedusaPromotionLike & {
  id: string
  code: string
  status: string
  is_automatic: boolean
  metadata: Record<string, unknown> | null
  campaign_id: string | null
  used?: number | null
  limit?: number | null
  campaign: (MedusaPromotionLike["campaign"] & { id: string; name: string; campaign_identifier: string }) | null
}

export async function loadPromotions(container: MedusaContainer, filters: Record<string, unknown>): Promise<MedusaPromotion[]> {
  const { data } = await queryOf(container).graph({ entity: "promotion", fields: PROMOTION_FIELDS, filters })
  return data as unknown as MedusaPromotion[]
}

export async function loadPromotion(container: MedusaContainer, id: string): Promise<MedusaPromotion | null> {
  const [p] = await loadPromotions(container, { id })
  return p ?? null
}

/** Customer ids of a Medusa customer group (empty for a group that does not exist). */
export async function groupMembers(container: MedusaContainer, groupId: string): Promise<string[]> {
  const { data } = await queryOf(container).graph({ entity: "customer_group", fields: ["id", "customers.id"], filters: { id: groupId } })
  const g = data[0] as { customers?: ({ id: string } | null)[] } | undefined
  return (g?.customers ?? []).filter((c): c is { id: string } => !!c).map((c) => c.id)
}

export async function groupsExist(container: MedusaContainer, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const { data } = await queryOf(container).graph({ entity: "customer_group", fields: ["id", "name"], filters: { id: ids } })
  return new Map((data as { id: string; name: string }[]).map((g) => [g.id, g.name]))
}

/** The customer groups each customer is in now. */
export async function customerGroupsOf(container: MedusaContainer, customerIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  for (let i = 0; i < customerIds.length; i += 1000) {
    const { data } = await queryOf(container).graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: customerIds.slice(i, i + 1000) } })
    for (const c of data as { id: string; groups?: ({ id: string } | null)[] }[]) out.set(c.id, (c.groups ?? []).filter((g): g is { id: string } => !!g).map((g) => g.id))
  }
  return out
}

/** Every registered customer's id (paged through the customer module). */
export async function allCustomerIds(container: MedusaContainer): Promise<string[]> {
  const customers = container.resolve(Modules.CUSTOMER)
  const out: string[] = []
  for (let skip = 0; ; skip += 5000) {
    const rows = await customers.listCustomers({}, { select: ["id"], take: 5000, skip, order: { id: "ASC" } })
    out.push(...rows.map((r) => r.id))
    if (rows.length < 5000) return out
  }
}

/** Collection, type, categories and tags of products, for target and buy rules in a replay. */
export async function productAttributes(container: MedusaContainer, productIds: string[]): Promise<Map<string, ProductAttributes>> {
  const out = new Map<string, ProductAttributes>()
  for (let i = 0; i < productIds.length; i += 500) {
    const { data } = await queryOf(container).graph({
      entity: "product",
      fields: ["id", "collection_id", "type_id", "categories.id", "tags.id"],
      filters: { id: productIds.slice(i, i + 500) },
    })
    for (const p of data as any[]) {
      out.set(p.id, {
        collection_id: p.collection_id ?? null,
        type_id: p.type_id ?? null,
        category_ids: (p.categories ?? []).filter(Boolean).map((c: { id: string }) => c.id),
        tag_ids: (p.tags ?? []).filter(Boolean).map((t: { id: string }) => t.id),
      })
    }
  }
  return out
}

export type ProductStock = {
  productId: string
  /** inventory item id → product id, for reading fulfilment history */
  inventoryItemIds: string[]
  levels: { locationId: string; available: number }[]
}

/** Available stock (stocked − reserved) of each product at each location, summed over its variants' inventory items. */
export async function productStock(container: MedusaContainer, productIds: string[]): Promise<ProductStock[]> {
  const out: ProductStock[] = []
  for (let i = 0; i < productIds.length; i += 200) {
    const { data } = await queryOf(container).graph({
      entity: "product",
      fields: [
        "id",
        "variants.id",
        "variants.manage_inventory",
        "variants.inventory_items.inventory_item_id",
        "variants.inventory_items.inventory.location_levels.location_id",
        "variants.inventory_items.inventory.location_levels.stocked_quantity",
        "variants.inventory_items.inventory.location_levels.reserved_quantity",
      ],
      filters: { id: productIds.slice(i, i + 200) },
    })
    for (const p of data as any[]) {
      const byLocation = new Map<string, number>()
      const items: string[] = []
      for (const v of p.variants ?? []) {
        if (!v || v.manage_inventory === false) continue
        for (const link of v.inventory_items ?? []) {
          if (!link) continue
          items.push(link.inventory_item_id)
          for (const l of link.inventory?.location_levels ?? []) {
            if (!l) continue
            byLocation.set(l.location_id, (byLocation.get(l.location_id) ?? 0) + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0))
          }
        }
      }
      if (!items.length) continue
      out.push({ productId: p.id, inventoryItemIds: items, levels: [...byLocation].map(([locationId, available]) => ({ locationId, available: Math.max(0, available) })) })
    }
  }
  return out
}

/** Units shipped per inventory item and stock location since `since` (Medusa's fulfilments). */
export async function shippedUnits(container: MedusaContainer, since: Date, inventoryItemIds: string[]): Promise<Map<string, Map<string, number>>> {
  const wanted = new Set(inventoryItemIds)
  const out = new Map<string, Map<string, number>>()
  if (!wanted.size) return out
  const { data } = await queryOf(container).graph({
    entity: "fulfillment",
    fields: ["id", "location_id", "items.quantity", "items.inventory_item_id"],
    filters: { created_at: { $gte: since } },
  })
  for (const f of data as any[]) {
    for (const it of f.items ?? []) {
      if (!it?.inventory_item_id || !wanted.has(it.inventory_item_id)) continue
      let m = out.get(it.inventory_item_id)
      if (!m) out.set(it.inventory_item_id, (m = new Map()))
      m.set(f.location_id, (m.get(f.location_id) ?? 0) + Number(it.quantity ?? 0))
    }
  }
  return out
}
