import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMinor } from "@finesse/core/lib/money/minor-units"
import type { OrderSnapshot } from "../lib/policy/build-request"
import { num } from "./num"

/** An order as a case needs it: the policy's snapshot, and what messages and the admin show. */
export type OrderContext = OrderSnapshot & {
  displayId: number | null
  email: string | null
  currencyCode: string
  totalMinor: number
  status: string
  /** Line titles and variants, by line item id. */
  lineInfo: Record<string, { title: string; productTitle: string | null; variantTitle: string | null; thumbnail: string | null }>
  /** The stock location that shipped the order (returned goods go back there unless the settings say otherwise). */
  shippedFromLocationId: string | null
  /** Units requested or received on Medusa returns, by line item id (the rest of returnedQuantity is open cases). */
  medusaReturned: Record<string, number>
}

const ORDER_FIELDS = [
  "id",
  "display_id",
  "status",
  "customer_id",
  "email",
  "currency_code",
  "region_id",
  "created_at",
  "total",
  "shipping_address.country_code",
  "items.id",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_id",
  "items.variant_title",
  "items.thumbnail",
  "items.unit_price",
  "items.quantity",
  "items.detail.quantity",
  "items.detail.return_requested_quantity",
  "items.detail.return_received_quantity",
  "items.adjustments.amount",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.location_id",
]

const ms = (d: unknown) => (d ? new Date(d as string).getTime() : null)

/**
 * Reads an order with its items, their products' categories and tags, the delivery date and what is already on
 * Medusa returns. `openCaseUnits` adds units approved on other after-sales cases that have no Medusa return yet.
 * Final sale: a product tag "final_sale" or `metadata.final_sale = true` (item or product).
 */
export async function loadOrderContext(container: MedusaContainer, orderId: string, openCaseUnits: Record<string, number> = {}): Promise<OrderContext | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const o = data[0] as any
  if (!o) return null
  const currency = String(o.currency_code ?? "eur")
  const productIds = [...new Set((o.items ?? []).map((i: any) => i.product_id).filter(Boolean))] as string[]
  const products = new Map<string, { categories: string[]; tags: string[]; finalSale: boolean }>()
  if (productIds.length) {
    const { data: ps } = await query.graph({ entity: "product", fields: ["id", "metadata", "tags.value", "categories.id"], filters: { id: productIds } })
    for (const p of ps as any[]) {
      const tags = (p.tags ?? []).map((t: any) => String(t.value))
      products.set(p.id, { categories: (p.categories ?? []).map((c: any) => c.id), tags, finalSale: tags.includes("final_sale") || p.metadata?.final_sale === true })
    }
  }
  const delivered = (o.fulfillments ?? []).filter((f: any) => !f.canceled_at && f.delivered_at).map((f: any) => ms(f.delivered_at) as number)
  const lineInfo: OrderContext["lineInfo"] = {}
  const medusaReturned: Record<string, number> = {}
  const items = (o.items ?? []).map((i: any) => {
    const quantity = num(i.detail?.quantity ?? i.quantity)
    const onReturns = num(i.detail?.return_requested_quantity) + num(i.detail?.return_received_quantity)
    medusaReturned[i.id] = onReturns
    const discount = (i.adjustments ?? []).reduce((s: number, a: any) => s + toMinor(num(a.amount), currency), 0)
    const p = products.get(i.product_id)
    lineInfo[i.id] = { title: i.title, productTitle: i.product_title ?? null, variantTitle: i.variant_title ?? null, thumbnail: i.thumbnail ?? null }
    return {
      id: i.id as string,
      productId: (i.product_id ?? i.id) as string,
      variantId: i.variant_id ?? null,
      categoryIds: p?.categories ?? [],
      tags: p?.tags ?? [],
      finalSale: (p?.finalSale ?? false) || i.metadata?.final_sale === true,
      quantity,
      returnedQuantity: onReturns + (openCaseUnits[i.id] ?? 0),
      // paid per unit after its share of the discounts, rounded down so a refund never exceeds what was paid
      unitPriceMinor: quantity > 0 ? Math.floor((toMinor(num(i.unit_price), currency) * quantity - discount) / quantity) : 0,
    }
  })
  return {
    id: o.id,
    customerId: o.customer_id ?? null,
    placedAt: ms(o.created_at) as number,
    deliveredAt: delivered.length ? Math.max(...delivered) : null,
    regionId: o.region_id ?? null,
    countryCode: o.shipping_address?.country_code ?? null,
    items,
    displayId: o.display_id ?? null,
    email: o.email ?? null,
    currencyCode: currency,
    totalMinor: toMinor(num(o.total), currency),
    status: o.status,
    lineInfo,
    medusaReturned,
    shippedFromLocationId: (o.fulfillments ?? []).find((f: any) => !f.canceled_at && f.location_id)?.location_id ?? null,
  }
}
