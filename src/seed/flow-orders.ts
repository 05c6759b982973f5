import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  completeOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createReturnShippingMethodWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
  updateCartPromotionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoOrder } from "../demo"
import type { SeedContext } from "./context"
import { findOrdersByKey } from "./db"
import type { FlowPick } from "./flow-selection"
import { displayIdOf, trackingNumber } from "./bulk/order-rows"

function trackingLabel(displayId: number) {
  const n = trackingNumber(displayId)
  return { tracking_number: n, tracking_url: `https://track.example.com/${n}`, label_url: `https://track.example.com/${n}/label.pdf` }
}

export type FlowHook = (orderKey: string, step: string) => Promise<void>

const ORDER_FIELDS = [
  "id",
  "status",
  "metadata",
  "items.id",
  "items.variant_id",
  "items.detail.quantity",
  "summary.*",
  "payment_collections.id",
  "payment_collections.payments.id",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.refunds.id",
  "fulfillments.id",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "returns.id",
  "returns.status",
]

async function loadOrder(ctx: SeedContext, id: string): Promise<any> {
  const query = ctx.container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id } })
  return data[0]
}

async function placeOrder(ctx: SeedContext, o: DemoOrder, hook: FlowHook): Promise<string> {
  const { container, plan, ids } = ctx
  const customer = plan.customers.find((c) => c.key === o.customerKey)!
  const region = ids.regions.get(o.regionKey)!
  const address = {
    first_name: customer.address.first_name,
    last_name: customer.address.last_name,
    address_1: customer.address.address_1,
    city: customer.address.city,
    country_code: customer.address.country_code,
    postal_code: customer.address.postal_code,
    province: customer.address.province ?? undefined,
    phone: customer.phone,
  }
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      sales_channel_id: ids.sales_channel_id,
      customer_id: ids.customers.get(o.customerKey)!,
      email: customer.email,
      currency_code: o.currency_code,
      shipping_address: address,
      billing_address: address,
      items: o.items.map((i) => ({ variant_id: ids.variants.get(i.variantKey)!.id, quantity: i.quantity })),
      metadata: { demo_key: o.key },
    },
  })
  await hook(o.key, "cart")
  if (o.promotionCode) {
    await updateCartPromotionsWorkflow(container).run({
      input: { cart_id: cart.id, promo_codes: [o.promotionCode], action: "add" as any },
    })
    await hook(o.key, "promotion")
  }
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: [{ id: ids.shippingOptions.get(o.regionKey)!.id }] },
  })
  await hook(o.key, "shipping-method")
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" },
  })
  await hook(o.key, "payment-session")
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  await hook(o.key, "complete-cart")
  return result.id
}

/**
 * Brings one flow order to its planned end state, step by step from whatever state it is in (so a killed run
 * resumes): placed → captured → fulfilled → shipped → delivered → (returned → refunded) → completed; or
 * placed → canceled (payment authorized, never captured).
 */
async function advanceOrder(ctx: SeedContext, pick: FlowPick, orderId: string, hook: FlowHook): Promise<void> {
  const { container, ids, logger } = ctx
  const o = pick.order
  let order = await loadOrder(ctx, orderId)
  const payment = () => order.payment_collections?.[0]?.payments?.[0]

  if (o.status === "canceled") {
    if (order.status !== "canceled") {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
      await hook(o.key, "cancel")
    }
    return
  }

  if (!payment()?.captured_at) {
    await capturePaymentWorkflow(container).run({ input: { payment_id: payment().id } })
    await hook(o.key, "capture")
  }
  const itemOf = new Map<string, any>(order.items.map((i: any) => [i.variant_id, i]))
  const all = order.items.map((i: any) => ({ id: i.id as string, quantity: Number(i.detail.quantity) }))
  const warehouse = ids.shippingOptions.get(o.regionKey)!.stock_location_id
  let fulfillment = order.fulfillments?.find((f: any) => !f.canceled_at)
  if (!fulfillment) {
    const { result } = await createOrderFulfillmentWorkflow(container).run({
      input: {
        order_id: orderId,
        location_id: warehouse,
        items: all,
      },
    })
    fulfillment = result
    await hook(o.key, "fulfillment")
  }
  if (!fulfillment.shipped_at) {
    await createOrderShipmentWorkflow(container).run({
      input: {
        order_id: orderId,
        fulfillment_id: fulfillment.id,
        items: all,
        labels: [trackingLabel(displayIdOf(o.key))],
      },
    })
    await hook(o.key, "shipment")
  }
  if (!fulfillment.delivered_at) {
    await markOrderFulfillmentAsDeliveredWorkflow(container).run({
      input: { orderId, fulfillmentId: fulfillment.id },
    })
    await hook(o.key, "delivered")
  }

  if (o.return) {
    order = await loadOrder(ctx, orderId)
    let ret = order.returns?.find((r: any) => r.status !== "canceled")
    const items = o.return.items.map((i) => ({
      id: itemOf.get(ids.variants.get(i.variantKey)!.id).id,
      quantity: i.quantity,
    }))
    if (!ret) {
      const { result } = await beginReturnOrderWorkflow(container).run({
        input: { order_id: orderId, location_id: warehouse },
      })
      ret = { id: (result as any).return_id, status: "requested" }
      await hook(o.key, "return-begin")
      await requestItemReturnWorkflow(container).run({ input: { return_id: ret.id, items } })
      await hook(o.key, "return-items")
      await createReturnShippingMethodWorkflow(container).run({
        input: { return_id: ret.id, shipping_option_id: ids.returnOptions.get(o.regionKey)!.id },
      })
      await hook(o.key, "return-shipping")
      await confirmReturnRequestWorkflow(container).run({ input: { return_id: ret.id } })
      await hook(o.key, "return-confirm")
    }
    if (ret.status !== "received") {
      await beginReceiveReturnWorkflow(container).run({ input: { return_id: ret.id } })
      await hook(o.key, "receive-begin")
      await receiveItemReturnRequestWorkflow(container).run({ input: { return_id: ret.id, items } })
      await hook(o.key, "receive-items")
      await confirmReturnReceiveWorkflow(container).run({ input: { return_id: ret.id } })
      await hook(o.key, "receive-confirm")
    }
    order = await loadOrder(ctx, orderId)
    const owed = -Number(order.summary?.pending_difference ?? 0)
    if (!payment().refunds?.length && owed > 0) {
      const planned = o.return.refund_amount / 100
      if (Math.abs(owed - planned) > 0.005) {
        logger.warn(`[seed] flow order ${o.key}: Medusa owes ${owed} after the return, the plan refunds ${planned}`)
      }
      await refundPaymentWorkflow(container).run({ input: { payment_id: payment().id, amount: owed } })
      await hook(o.key, "refund")
    }
  }

  order = await loadOrder(ctx, orderId)
  if (order.status !== "completed") {
    await completeOrderWorkflow(container).run({ input: { orderIds: [orderId] } })
    await hook(o.key, "complete-order")
  }
}

/** Carts a killed run opened for an order it never completed (the order is placed again from a new cart). */
async function dropAbandonedCarts(ctx: SeedContext, keys: string[]): Promise<void> {
  if (!keys.length) return
  const r = await ctx.db.raw(
    `select id from cart where completed_at is null and deleted_at is null and metadata->>'demo_key' = any(?::text[])`,
    [`{${keys.join(",")}}`]
  )
  const ids = (r.rows as { id: string }[]).map((x) => x.id)
  if (ids.length) await ctx.container.resolve(Modules.CART).softDeleteCarts(ids)
}

/** Places the picked orders through Medusa's own workflows and brings each to its planned end state. */
export async function placeFlowOrders(
  ctx: SeedContext,
  picks: FlowPick[],
  hook: FlowHook = async () => {},
  lanes = 1
): Promise<Map<string, string>> {
  const existing = await findOrdersByKey(ctx, picks.map((p) => p.order.key))
  await dropAbandonedCarts(ctx, picks.filter((p) => !existing.has(p.order.key)).map((p) => p.order.key))
  let next = 0
  // one at a time by default: measured faster than three lanes here, the workflows are CPU-bound in Node
  const lane = async () => {
    while (next < picks.length) {
      const pick = picks[next++]
      let id = existing.get(pick.order.key)
      if (!id) {
        id = await placeOrder(ctx, pick.order, hook)
        existing.set(pick.order.key, id)
      }
      await advanceOrder(ctx, pick, id, hook)
    }
  }
  await Promise.all(Array.from({ length: lanes }, lane))
  return existing
}
