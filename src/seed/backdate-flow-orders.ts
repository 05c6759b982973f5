import type { DemoOrder } from "../demo"
import { displayIdOf } from "./bulk/order-rows"
import type { SeedContext } from "./context"
import { orderTimeline, type OrderTimeline } from "./order-timeline"

/**
 * Moves an order placed through Medusa's flows (today) to its planned time, row by row, with the same timeline
 * the bulk orders get, and gives it the plan's order number as display id. Absolute times, so running it twice
 * changes nothing.
 */
export async function backdateFlowOrder(ctx: SeedContext, o: DemoOrder, orderId: string): Promise<void> {
  const tl = orderTimeline(o, ctx.now.getTime())
  const db = ctx.db
  const run = (sql: string, bindings: unknown[]) => db.raw(sql, bindings as any)
  const last = tl.last
  const v = (version: number) => tl.versions[Math.min(version, tl.versions.length) - 1]

  await run(`update "order" set created_at = ?, updated_at = ?, canceled_at = ?, display_id = ? where id = ?`, [
    tl.placed, last, tl.canceled, displayIdOf(o.key), orderId,
  ])
  await run(
    `update order_address set created_at = ?, updated_at = ? where id in (select shipping_address_id from "order" where id = ? union select billing_address_id from "order" where id = ?)`,
    [tl.cart, tl.cart, orderId, orderId]
  )
  const lineItems = `(select item_id from order_item where order_id = ?)`
  await run(`update order_line_item set created_at = ?, updated_at = ? where id in ${lineItems}`, [tl.placed, tl.placed, orderId])
  for (let version = 1; version <= tl.versions.length; version++) {
    const at = v(version)
    for (const table of ["order_item", "order_summary", "order_change", "order_change_action"]) {
      await run(`update ${table} set created_at = ?, updated_at = ? where order_id = ? and version = ?`, [at, at, orderId, version])
    }
    await run(`update order_change set confirmed_at = ? where order_id = ? and version = ? and confirmed_at is not null`, [at, orderId, version])
    await run(`update order_line_item_adjustment set created_at = ?, updated_at = ? where version = ? and item_id in ${lineItems}`, [at, at, version, orderId])
  }
  await run(`update order_shipping set created_at = ?, updated_at = ? where order_id = ? and return_id is null`, [tl.placed, tl.placed, orderId])
  await run(`update order_shipping_method set created_at = ?, updated_at = ? where id in (select shipping_method_id from order_shipping where order_id = ? and return_id is null)`, [tl.placed, tl.placed, orderId])
  await run(`update order_credit_line set created_at = ?, updated_at = ? where order_id = ?`, [tl.canceled ?? tl.placed, tl.canceled ?? tl.placed, orderId])
  await run(`update order_transaction set created_at = ?, updated_at = ? where order_id = ? and reference = 'capture'`, [tl.captured, tl.captured, orderId])
  await run(`update order_transaction set created_at = ?, updated_at = ? where order_id = ? and reference = 'refund'`, [tl.refunded, tl.refunded, orderId])
  for (const link of ["order_cart", "order_payment_collection", "order_promotion"]) {
    await run(`update ${link} set created_at = ?, updated_at = ? where order_id = ?`, [tl.placed, tl.placed, orderId])
  }
  await payments(ctx, tl, orderId)
  await fulfillments(ctx, o, tl, orderId)
  await carts(ctx, tl, orderId)
  await run(
    `update promotion_campaign_budget_usage set created_at = ?, updated_at = ? where attribute_value = (select email from "order" where id = ?) and budget_id in (select b.id from promotion_campaign_budget b join promotion p on p.campaign_id = b.campaign_id join order_promotion op on op.promotion_id = p.id where op.order_id = ?)`,
    [tl.placed, tl.placed, orderId, orderId]
  )
}

async function payments(ctx: SeedContext, tl: OrderTimeline, orderId: string) {
  const run = (sql: string, bindings: unknown[]) => ctx.db.raw(sql, bindings as any)
  const collections = `(select payment_collection_id from order_payment_collection where order_id = ?)`
  await run(
    `update payment_collection set created_at = ?, updated_at = ?, completed_at = case when completed_at is null then null else ?::timestamptz end where id in ${collections}`,
    [tl.checkout, tl.last, tl.refunded ?? tl.captured ?? tl.placed, orderId]
  )
  await run(`update payment_session set created_at = ?, updated_at = ?, authorized_at = ? where payment_collection_id in ${collections}`, [
    tl.checkout, tl.placed, tl.placed, orderId,
  ])
  await run(
    `update payment set created_at = ?, updated_at = ?, captured_at = case when captured_at is null then null else ?::timestamptz end, canceled_at = case when canceled_at is null then null else ?::timestamptz end where payment_collection_id in ${collections}`,
    [tl.placed, tl.canceled ?? tl.captured ?? tl.placed, tl.captured, tl.canceled, orderId]
  )
  const paymentIds = `(select id from payment where payment_collection_id in ${collections})`
  await run(`update capture set created_at = ?, updated_at = ? where payment_id in ${paymentIds}`, [tl.captured, tl.captured, orderId])
  await run(`update refund set created_at = ?, updated_at = ? where payment_id in ${paymentIds}`, [tl.refunded, tl.refunded, orderId])
}

async function fulfillments(ctx: SeedContext, o: DemoOrder, tl: OrderTimeline, orderId: string) {
  const run = (sql: string, bindings: unknown[]) => ctx.db.raw(sql, bindings as any)
  if (!tl.fulfilled) return
  const outbound = `(select fulfillment_id from order_fulfillment where order_id = ? and fulfillment_id not in (select fulfillment_id from return_fulfillment))`
  await run(`update order_fulfillment set created_at = ?, updated_at = ? where order_id = ?`, [tl.fulfilled, tl.fulfilled, orderId])
  await run(
    `update fulfillment set created_at = ?, packed_at = ?, shipped_at = ?, delivered_at = ?, updated_at = ? where id in ${outbound}`,
    [tl.fulfilled, tl.fulfilled, tl.shipped, tl.delivered, tl.delivered, orderId]
  )
  await run(`update fulfillment_item set created_at = ?, updated_at = ? where fulfillment_id in ${outbound}`, [tl.fulfilled, tl.fulfilled, orderId])
  await run(`update fulfillment_label set created_at = ?, updated_at = ? where fulfillment_id in ${outbound}`, [tl.shipped, tl.shipped, orderId])
  await run(
    `update fulfillment_address set created_at = ?, updated_at = ? where id in (select delivery_address_id from fulfillment where id in ${outbound})`,
    [tl.cart, tl.cart, orderId]
  )
  if (!o.return || !tl.returnRequested) return
  const req = tl.returnRequested
  const rec = tl.returnReceived
  const returns = `(select id from return where order_id = ?)`
  await run(`update return set created_at = ?, requested_at = ?, received_at = ?, updated_at = ? where order_id = ?`, [req, req, rec, rec, orderId])
  await run(`update return_item set created_at = ?, updated_at = ? where return_id in ${returns}`, [req, rec, orderId])
  await run(`update return_fulfillment set created_at = ?, updated_at = ? where return_id in ${returns}`, [req, req, orderId])
  const inbound = `(select fulfillment_id from return_fulfillment where return_id in ${returns})`
  await run(`update fulfillment set created_at = ?, updated_at = ? where id in ${inbound}`, [req, req, orderId])
  await run(`update fulfillment_item set created_at = ?, updated_at = ? where fulfillment_id in ${inbound}`, [req, req, orderId])
  await run(`update fulfillment_address set created_at = ?, updated_at = ? where id in (select delivery_address_id from fulfillment where id in ${inbound})`, [req, req, orderId])
  await run(`update order_shipping set created_at = ?, updated_at = ? where order_id = ? and return_id is not null`, [req, req, orderId])
  await run(`update order_shipping_method set created_at = ?, updated_at = ? where id in (select shipping_method_id from order_shipping where order_id = ? and return_id is not null)`, [req, req, orderId])
}

async function carts(ctx: SeedContext, tl: OrderTimeline, orderId: string) {
  const run = (sql: string, bindings: unknown[]) => ctx.db.raw(sql, bindings as any)
  const cartIds = `(select cart_id from order_cart where order_id = ?)`
  await run(`update cart set created_at = ?, updated_at = ?, completed_at = ? where id in ${cartIds}`, [tl.cart, tl.placed, tl.placed, orderId])
  await run(
    `update cart_address set created_at = ?, updated_at = ? where id in (select shipping_address_id from cart where id in ${cartIds} union select billing_address_id from cart where id in ${cartIds})`,
    [tl.cart, tl.cart, orderId, orderId]
  )
  await run(`update cart_line_item set created_at = ?, updated_at = ? where cart_id in ${cartIds}`, [tl.cart, tl.cart, orderId])
  await run(`update cart_line_item_adjustment set created_at = ?, updated_at = ? where item_id in (select id from cart_line_item where cart_id in ${cartIds})`, [tl.cart, tl.cart, orderId])
  for (const table of ["cart_shipping_method", "cart_promotion"]) {
    await run(`update ${table} set created_at = ?, updated_at = ? where cart_id in ${cartIds}`, [tl.cart, tl.cart, orderId])
  }
  await run(`update cart_payment_collection set created_at = ?, updated_at = ? where cart_id in ${cartIds}`, [tl.checkout, tl.checkout, orderId])
}
