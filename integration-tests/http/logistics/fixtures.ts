import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow, createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { createStoreFixture, type StoreFixture } from "../../helpers/store-fixture"

export type LogisticsShop = {
  store: StoreFixture
  berlin: string
  hamburg: string
  /** title → { variantId, inventoryItemId } */
  items: Record<"shirt" | "hat" | "bag", { variantId: string; inventoryItemId: string }>
}

/**
 * Two stock locations of one sales channel: the helper's Berlin warehouse and a Hamburg store. Stock:
 *   shirt  Berlin 1, Hamburg 1 (the variant allows backorder, so Medusa's checkout reserves 2 at one location)
 *   hat    Berlin 5, Hamburg 0
 *   bag    Berlin 5, Hamburg 5
 */
export async function createLogisticsShop(container: MedusaContainer): Promise<LogisticsShop> {
  const store = await createStoreFixture(container)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const inventory = container.resolve(Modules.INVENTORY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const [berlinLoc] = await stockLocations.listStockLocations({ name: "Berlin warehouse" })
  const {
    result: [hamburgLoc],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Hamburg store", address: { address_1: "Jungfernstieg 1", city: "Hamburg", country_code: "de", postal_code: "20095" } }] },
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: hamburgLoc.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: hamburgLoc.id, add: [store.channelId] } })
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const specs = [
    { key: "shirt", title: "Linen shirt", price: 40, backorder: true, berlin: 1, hamburg: 1 },
    { key: "hat", title: "Wool hat", price: 25, backorder: false, berlin: 5, hamburg: 0 },
    { key: "bag", title: "Canvas bag", price: 30, backorder: false, berlin: 5, hamburg: 5 },
  ] as const
  const stamp = Date.now()
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: specs.map((s, i) => ({
        title: s.title,
        handle: `logistics-${s.key}-${stamp}`,
        status: ProductStatus.PUBLISHED,
        shipping_profile_id: profile.id,
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku: `LOG-${s.key}-${stamp}-${i}`, manage_inventory: true, allow_backorder: s.backorder, weight: 400, options: { Size: "M" }, prices: [{ amount: s.price, currency_code: "eur" }] }],
        sales_channels: [{ id: store.channelId }],
      })),
    },
  })
  const items = {} as LogisticsShop["items"]
  for (const [i, s] of specs.entries()) {
    const variantId = (result[i] as any).variants[0].id
    const { data } = await query.graph({ entity: "product_variant", fields: ["inventory_items.inventory_item_id"], filters: { id: variantId } })
    const inventoryItemId = (data[0] as any).inventory_items[0].inventory_item_id
    // Berlin first: Medusa reserves at the first location that has a level
    await inventory.createInventoryLevels([
      { inventory_item_id: inventoryItemId, location_id: berlinLoc.id, stocked_quantity: s.berlin },
      { inventory_item_id: inventoryItemId, location_id: hamburgLoc.id, stocked_quantity: s.hamburg },
    ])
    items[s.key] = { variantId, inventoryItemId }
  }
  return { store, berlin: berlinLoc.id, hamburg: hamburgLoc.id, items }
}

/** The order's reservations as "location:quantity" per inventory item, sorted. */
export async function reservationsOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: orderId } })
  const lineIds = ((data[0] as any)?.items ?? []).map((i: any) => i.id)
  const rs = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineIds }, { select: ["inventory_item_id", "location_id", "quantity"] })
  const out: Record<string, string[]> = {}
  for (const r of rs as any[]) (out[r.inventory_item_id] ??= []).push(`${r.location_id}:${Number(r.quantity)}`)
  for (const k of Object.keys(out)) out[k].sort()
  return out
}
