import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreFixture } from "../../helpers/store-fixture"

export type Checkout = { type: "order" | "cart"; order?: any; cart: any; error?: any }

/**
 * A storefront checkout like the shared `placeOrder`, with what risk looks at: e-mail, shipping address and the
 * storefront's anonymous id (sent with the completion request, as core's tracker id). Returns the completion answer
 * instead of throwing when the cart did not become an order.
 */
export async function checkout(
  api: any,
  store: StoreFixture,
  opts: { token?: string; email: string; device?: string; address?: Record<string, string>; quantity?: number; product?: number }
): Promise<Checkout> {
  const h = store.storeHeaders(opts.token)
  const product = store.products[opts.product ?? 0]
  const { data: c } = await api.post(
    "/store/carts",
    {
      region_id: store.regionId,
      sales_channel_id: store.channelId,
      email: opts.email,
      items: [{ variant_id: product.variantId, quantity: opts.quantity ?? 1 }],
      shipping_address: opts.address ?? { first_name: "Ada", last_name: "Shopper", address_1: "Torstr. 1", city: "Berlin", country_code: "de", postal_code: "10119" },
    },
    h
  )
  await api.post(`/store/carts/${c.cart.id}/shipping-methods`, { option_id: store.shippingOptionId }, h)
  const { data: pc } = await api.post("/store/payment-collections", { cart_id: c.cart.id }, h)
  await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
  const headers = { ...h.headers, ...(opts.device ? { "x-finesse-anonymous-id": opts.device } : {}) }
  try {
    const { data } = await api.post(`/store/carts/${c.cart.id}/complete`, {}, { headers })
    return { type: data.type, order: data.order, cart: data.cart ?? c.cart, error: data.error }
  } catch (e: any) {
    if (!e.response) throw e
    return { type: "cart", cart: c.cart, error: e.response.data }
  }
}

/** The order's payments as Medusa keeps them (authorised, captured, cancelled). */
export async function paymentsOf(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "payment_status", "payment_collections.status", "payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.canceled_at"],
    filters: { id: orderId },
  })
  const o = data[0] as any
  return { order: o, payments: (o?.payment_collections ?? []).flatMap((pc: any) => pc.payments ?? []) }
}

/** The cart's payment sessions and payments (for a refused checkout: nothing was authorised). */
export async function cartPayments(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at", "payment_collection.status", "payment_collection.payment_sessions.status", "payment_collection.payment_sessions.authorized_at", "payment_collection.payments.id"],
    filters: { id: cartId },
  })
  return data[0] as any
}

/** Daily sales rollups of one currency written straight into core's table: `orders(dayIndex)` per day up to yesterday. */
export async function insertDailySales(container: MedusaContainer, days: number, orders: (i: number, weekday: number) => number) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const today = Math.floor(Date.now() / 86_400_000)
  const rows = []
  for (let i = 0; i < days; i++) {
    const d = today - days + i
    const n = orders(i, new Date(d * 86_400_000).getUTCDay())
    rows.push({
      id: `fds_test_${i}`,
      day: new Date(d * 86_400_000).toISOString().slice(0, 10),
      currency_code: "eur",
      sales_channel_id: "",
      region_id: "",
      orders: n,
      gross: n * 5_000,
      subtotal: n * 5_000,
      discount: Math.round(n * 200),
      refunded_orders: Math.round(n * 0.03),
    })
  }
  await db("finesse_daily_sales").insert(rows)
  return rows
}

/** Queues a job through core's jobs API and waits for it to settle. */
export async function runJob(api: any, admin: any, kind: string, payload: Record<string, unknown>) {
  const { data } = await api.post("/admin/finesse/jobs", { kind, payload }, admin)
  const t0 = Date.now()
  for (;;) {
    const job = (await api.get(`/admin/finesse/jobs/${data.job.id}`, admin)).data.job
    if (["completed", "failed", "cancelled"].includes(job.state)) {
      if (job.state !== "completed") throw new Error(`job ${job.id} ${job.state}: ${job.error}`)
      return job
    }
    if (Date.now() - t0 > 60_000) throw new Error(`job ${job.id} still ${job.state}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}
