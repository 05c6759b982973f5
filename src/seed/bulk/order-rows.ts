import type { DemoAddress, DemoCustomer, DemoOrder } from "../../demo"
import type { PromotionInfo, RegionInfo, ShippingOptionInfo, VariantInfo } from "../context"
import { major, orderMoney, versionSummaries } from "../order-money"
import { orderTimeline } from "../order-timeline"
import type { IdFactory } from "./ids"
import type { OrderTables } from "./order-tables"

/** Everything a bulk order refers to, by plan key. */
export type OrderRefs = {
  sales_channel_id: string
  regions: Map<string, RegionInfo>
  customers: Map<string, string>
  customerByKey: Map<string, DemoCustomer>
  variants: Map<string, VariantInfo>
  promotions: Map<string, PromotionInfo>
  shippingOptions: Map<string, ShippingOptionInfo>
  returnOptions: Map<string, ShippingOptionInfo>
  /** stock location id → its address (a return is shipped back there) */
  locationAddress: Map<string, DemoAddress>
  /** nothing happens after this (epoch ms) */
  latest: number
}


/** Line item columns (cart and order alike): product data snapshotted at checkout, and the unit price. */
function lineData(v: VariantInfo, unitPrice: number): unknown[] {
  return [
    v.product_title, v.title, v.id, v.product_id, v.product_title, v.product_description, v.product_collection,
    v.product_handle, v.sku, v.title, major(unitPrice),
  ]
}

/** The plan's order number (`ord_000123` → 123) doubles as Medusa's display id. */
export function displayIdOf(key: string): number {
  const n = Number(key.slice(key.lastIndexOf("_") + 1))
  if (!Number.isInteger(n) || n <= 0) throw new Error(`unexpected order key ${key}`)
  return n
}

export function trackingNumber(displayId: number): string {
  return `FN${String(displayId).padStart(8, "0")}`
}

/**
 * Appends every row of one plan order to `t`, in the shape Medusa's own flows leave (see order-tables.ts):
 * cart and checkout, the order with its items at every version, captured payment, delivered fulfillment,
 * completion; or cancellation with the payment canceled; and for a return the request, the received items,
 * the return fulfillment and the refund. Returns the new order id.
 */
export function addOrderRows(t: OrderTables, ids: IdFactory, refs: OrderRefs, o: DemoOrder): string {
  const tl = orderTimeline(o, refs.latest)
  const m = orderMoney(o)
  const region = refs.regions.get(o.regionKey)!
  const customer = refs.customerByKey.get(o.customerKey)!
  const customerId = refs.customers.get(o.customerKey)!
  const option = refs.shippingOptions.get(o.regionKey)!
  const promotion = o.promotionCode ? refs.promotions.get(o.promotionCode)! : null
  const cur = o.currency_code
  const displayId = displayIdOf(o.key)
  const a = customer.address
  const address = [a.first_name, a.last_name, a.address_1, a.city, a.country_code, a.province, a.postal_code, customer.phone]
  const canceled = o.status === "canceled"
  const versions = tl.versions.length
  const lines = m.lines.map((l) => ({ ...l, variant: refs.variants.get(l.variantKey)! }))

  // cart and checkout
  const cartId = ids.next("cart")
  const cartShip = ids.next("caaddr")
  const cartBill = ids.next("caaddr")
  t.cart_address.push(cartShip, ...address, tl.cart, tl.cart)
  t.cart_address.push(cartBill, ...address, tl.cart, tl.cart)
  t.cart.push(cartId, region.id, customerId, refs.sales_channel_id, customer.email, cur, cartShip, cartBill, { demo_key: o.key }, tl.placed, tl.cart, tl.placed)
  for (const l of lines) {
    const v = l.variant
    const cali = ids.next("cali")
    t.cart_line_item.push(cali, cartId, l.quantity, ...lineData(v, l.unit_price), tl.cart, tl.cart)
    if (promotion && l.discount > 0) {
      t.cart_line_item_adjustment.push(ids.next("caliadj"), promotion.id, promotion.code, major(l.discount), cali, tl.cart, tl.cart)
    }
  }
  if (promotion) t.cart_promotion.push(cartId, promotion.id, ids.next("cartpromo"), tl.cart, tl.cart)
  t.cart_shipping_method.push(ids.next("casm"), cartId, option.name, major(m.shipping), option.id, tl.cart, tl.cart)

  const payColId = ids.next("pay_col")
  const total = major(m.total)
  t.payment_collection.push(
    payColId, cur, total, total, canceled ? 0 : total, major(m.refund), canceled ? "canceled" : "completed",
    canceled ? null : tl.refunded ?? tl.captured, tl.checkout, tl.last
  )
  t.cart_payment_collection.push(cartId, payColId, ids.next("capaycol"), tl.checkout, tl.checkout)
  const sessionId = ids.next("payses")
  t.payment_session.push(sessionId, cur, total, tl.placed, payColId, tl.checkout, tl.placed)

  // the order
  const orderId = ids.next("order")
  const shipAddr = ids.next("ordaddr")
  const billAddr = ids.next("ordaddr")
  t.order_address.push(billAddr, ...address, tl.cart, tl.cart)
  t.order_address.push(shipAddr, ...address, tl.cart, tl.cart)
  t.order.push(
    orderId, region.id, displayId, customerId, versions, refs.sales_channel_id, canceled ? "canceled" : "completed",
    customer.email, cur, shipAddr, billAddr, { demo_key: o.key }, tl.canceled, tl.placed, tl.last
  )
  const lineIds = lines.map(() => ids.next("ordli"))
  lines.forEach((l, k) => t.order_line_item.push(lineIds[k], ...lineData(l.variant, l.unit_price), tl.placed, tl.placed))
  // order items and adjustments, once per version (Medusa copies them on every change)
  for (let version = 1; version <= versions; version++) {
    const at = tl.versions[version - 1]
    lines.forEach((l, k) => {
      const q = l.quantity
      const done = (from: number) => (!canceled && version >= from ? q : 0)
      t.order_item.push(
        ids.next("orditem"), orderId, version, lineIds[k], q, done(2), done(3), done(4),
        version === 5 ? l.returned : 0, version >= 6 ? l.returned : 0,
        version === 1 ? null : major(l.unit_price), at, at
      )
      if (promotion && l.discount > 0) {
        t.order_line_item_adjustment.push(ids.next("ordliadj"), promotion.id, promotion.code, major(l.discount), lineIds[k], version, at, at)
      }
    })
  }
  if (promotion) {
    t.order_promotion.push(orderId, promotion.id, ids.next("orderpromo"), tl.placed, tl.placed)
    if (promotion.budget_id) {
      t.promotion_campaign_budget_usage.push(ids.next("probudgus"), customer.email, 1, promotion.budget_id, tl.placed, tl.placed)
    }
  }
  const shippingMethodId = ids.next("ordsm")
  t.order_shipping_method.push(shippingMethodId, option.name, major(m.shipping), option.id, tl.placed, tl.placed)
  for (let version = 1; version <= versions; version++) {
    t.order_shipping.push(ids.next("ordspmv"), orderId, version, shippingMethodId, null, tl.placed, tl.placed)
  }
  versionSummaries(o, m).forEach((s, k) => {
    t.order_summary.push(
      ids.next("ordsum"), orderId, k + 1, major(s.paid), major(s.refunded), major(s.current), 0,
      major(s.paid - s.refunded), major(s.pending), major(s.current), major(s.original),
      tl.versions[k], k === 0 ? tl.captured ?? tl.placed : tl.versions[k]
    )
  })
  t.order_cart.push(orderId, cartId, ids.next("ordercart"), tl.placed, tl.placed)
  t.order_payment_collection.push(orderId, payColId, ids.next("ordpay"), tl.placed, tl.placed)

  // payment
  const paymentId = ids.next("pay")
  t.payment.push(paymentId, total, cur, tl.captured, tl.canceled, payColId, sessionId, tl.placed, tl.canceled ?? tl.captured)

  if (canceled) {
    const change = ids.next("ordch")
    t.order_change.push(change, orderId, 2, "confirmed", tl.canceled, "credit_line", null, tl.canceled, tl.canceled)
    t.order_change_action.push(ids.next("ordchact"), orderId, 2, change, "payment_collection", payColId, "CREDIT_LINE_ADD", {}, 0, null, tl.canceled, tl.canceled)
    t.order_credit_line.push(ids.next("ordcl"), orderId, "payment_collection", payColId, 0, { created_in_version: 2 }, 2, tl.canceled, tl.canceled)
    return orderId
  }

  const captureId = ids.next("capt")
  t.capture.push(captureId, total, paymentId, tl.captured, tl.captured)
  t.order_transaction.push(ids.next("ordtrx"), orderId, 1, total, cur, "capture", captureId, tl.captured, tl.captured)

  // delivered fulfillment from the region's warehouse
  const fulId = ids.next("ful")
  const fulAddr = ids.next("fuladdr")
  t.fulfillment_address.push(fulAddr, ...address, tl.cart, tl.cart)
  t.fulfillment.push(fulId, option.stock_location_id, tl.fulfilled, tl.shipped, tl.delivered, option.id, fulAddr, tl.fulfilled, tl.delivered)
  lines.forEach((l, k) => {
    const v = l.variant
    t.fulfillment_item.push(ids.next("fulit"), v.title, v.sku, l.quantity, lineIds[k], v.inventory_item_id, fulId, tl.fulfilled, tl.fulfilled)
  })
  const tracking = trackingNumber(displayId)
  t.fulfillment_label.push(ids.next("fulla"), tracking, `https://track.example.com/${tracking}`, `https://track.example.com/${tracking}/label.pdf`, fulId, tl.shipped, tl.shipped)
  t.order_fulfillment.push(orderId, fulId, ids.next("ordful"), tl.fulfilled, tl.fulfilled)
  const steps: [number, string, Date, boolean][] = [
    [2, "FULFILL_ITEM", tl.fulfilled!, false],
    [3, "SHIP_ITEM", tl.shipped!, true],
    [4, "DELIVER_ITEM", tl.delivered!, true],
  ]
  for (const [version, action, at, quantityAsText] of steps) {
    const change = ids.next("ordch")
    t.order_change.push(change, orderId, version, "confirmed", at, null, null, at, at)
    lines.forEach((l, k) => {
      const details = { quantity: quantityAsText ? String(l.quantity) : l.quantity, reference_id: lineIds[k] }
      t.order_change_action.push(ids.next("ordchact"), orderId, version, change, "fulfillment", fulId, action, details, null, null, at, at)
    })
  }

  if (o.return) {
    const returnOption = refs.returnOptions.get(o.regionKey)!
    const req = tl.returnRequested!
    const rec = tl.returnReceived!
    const returnId = ids.next("return")
    t.return.push(returnId, orderId, 4, "received", returnOption.stock_location_id, req, rec, req, rec)
    const returned = lines.map((l, k) => ({ ...l, lineId: lineIds[k] })).filter((l) => l.returned > 0)
    for (const l of returned) {
      t.return_item.push(ids.next("retitem"), returnId, l.lineId, l.returned, l.returned, req, rec)
    }
    // the return's shipping method and its inbound fulfillment (to the warehouse, never shipped by the merchant)
    const returnMethod = ids.next("ordsm")
    t.order_shipping_method.push(returnMethod, returnOption.name, 0, returnOption.id, req, req)
    t.order_shipping.push(ids.next("ordspmv"), orderId, 5, returnMethod, returnId, req, req)
    t.order_shipping.push(ids.next("ordspmv"), orderId, 6, returnMethod, returnId, req, req)
    const wh = refs.locationAddress.get(returnOption.stock_location_id)!
    const retAddr = ids.next("fuladdr")
    t.fulfillment_address.push(retAddr, null, null, wh.address_1, wh.city, wh.country_code, wh.province, wh.postal_code, null, req, req)
    const retFul = ids.next("ful")
    t.fulfillment.push(retFul, returnOption.stock_location_id, null, null, null, returnOption.id, retAddr, req, req)
    for (const l of returned) {
      t.fulfillment_item.push(ids.next("fulit"), l.variant.title, l.variant.sku, l.returned, l.lineId, null, retFul, req, req)
    }
    t.return_fulfillment.push(returnId, retFul, ids.next("retful"), req, req)

    const request = ids.next("ordch")
    t.order_change.push(request, orderId, 5, "confirmed", req, "return_request", returnId, req, req)
    for (const l of returned) {
      t.order_change_action.push(ids.next("ordchact"), orderId, 5, request, "return", returnId, "RETURN_ITEM", { quantity: l.returned, reference_id: l.lineId }, null, returnId, req, req)
    }
    t.order_change_action.push(ids.next("ordchact"), orderId, 5, request, "order_shipping_method", returnMethod, "SHIPPING_ADD", {}, 0, returnId, req, req)
    const receive = ids.next("ordch")
    t.order_change.push(receive, orderId, 6, "confirmed", rec, "return_receive", returnId, rec, rec)
    for (const l of returned) {
      t.order_change_action.push(ids.next("ordchact"), orderId, 6, receive, "return", returnId, "RECEIVE_RETURN_ITEM", { quantity: l.returned, reference_id: l.lineId }, null, returnId, rec, rec)
    }
    if (m.refund > 0) {
      const refundId = ids.next("ref")
      const at = tl.refunded!
      t.refund.push(refundId, major(m.refund), paymentId, at, at)
      t.order_transaction.push(ids.next("ordtrx"), orderId, 6, major(-m.refund), cur, "refund", refundId, at, at)
    }
  }
  return orderId
}
