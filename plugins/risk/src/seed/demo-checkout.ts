import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import { amountOf } from "../engine/assess-checkout"

export type DemoCheckout = { customer_id: string; device: string; repeat_order_id: string; key: string }

const ORDER_FIELDS = [
  "id", "email", "region_id", "sales_channel_id", "currency_code", "customer_id",
  // an order item's quantity lives on its detail row: asked for alone, "items.quantity" comes back empty
  "items.variant_id", "items.quantity", "items.raw_quantity", "items.detail.quantity",
  "shipping_address.first_name", "shipping_address.last_name", "shipping_address.address_1", "shipping_address.city",
  "shipping_address.postal_code", "shipping_address.province", "shipping_address.country_code",
]

/**
 * Places a checkout through Medusa's own cart flow the way a storefront does (cart, shipping, payment session with
 * the system provider, core's `checkout_started` event from the device, complete): the same items and address as an
 * earlier order of the customer. Returns the order id, or the existing one when this checkout was placed before.
 */
export async function placeDemoCheckout(container: MedusaContainer, c: DemoCheckout): Promise<{ order_id: string | null; cart_id: string; existed: boolean; error?: string }> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const existing = await db.raw(
    `select o.id order_id, oc.cart_id from "order" o left join order_cart oc on oc.order_id = o.id and oc.deleted_at is null
      where o.deleted_at is null and o.metadata->>'finesse_risk_demo' = ? limit 1`,
    [c.key]
  )
  if (existing.rows.length) return { order_id: existing.rows[0].order_id, cart_id: existing.rows[0].cart_id, existed: true }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: c.repeat_order_id } })
  const o = data[0] as any
  const a = o.shipping_address ?? {}
  const address = {
    first_name: a.first_name ?? undefined,
    last_name: a.last_name ?? undefined,
    address_1: a.address_1 ?? undefined,
    city: a.city ?? undefined,
    postal_code: a.postal_code ?? undefined,
    province: a.province ?? undefined,
    country_code: a.country_code ?? undefined,
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: o.region_id,
      sales_channel_id: o.sales_channel_id,
      customer_id: c.customer_id,
      email: o.email,
      currency_code: o.currency_code,
      shipping_address: address,
      billing_address: address,
      items: (o.items ?? []).map((i: any) => ({ variant_id: i.variant_id, quantity: amountOf(i.detail?.quantity ?? i.quantity ?? i.raw_quantity) })),
      metadata: { finesse_risk_demo: c.key },
    },
  })
  const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id, is_return: false } as any })
  const option = (options as any[]).find((x) => x.amount !== undefined && x.amount !== null) ?? (options as any[])[0]
  if (!option) return { order_id: null, cart_id: cart.id, existed: false, error: "no shipping option for the cart" }
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: option.id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" } })
  const data_ = container.resolve<{ insertEvents(rows: any[]): Promise<Set<string>> }>("finesse_data")
  const now = new Date()
  await data_.insertEvents([
    {
      client_event_id: `risk-demo-checkout-${c.key}`,
      type: "checkout_started",
      source: "storefront",
      anonymous_id: c.device,
      session_id: `ses_${c.key}`,
      customer_id: c.customer_id,
      sales_channel_id: o.sales_channel_id,
      occurred_at: new Date(now.getTime() - 60_000),
      received_at: now,
      cart_id: cart.id,
    },
  ])
  try {
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    return { order_id: result.id, cart_id: cart.id, existed: false }
  } catch (e) {
    return { order_id: null, cart_id: cart.id, existed: false, error: (e as Error).message }
  }
}
