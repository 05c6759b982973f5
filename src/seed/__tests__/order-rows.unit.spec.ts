import { planDemoStore, type DemoOrder } from "../../demo"
import { IdFactory } from "../bulk/ids"
import { addOrderRows, displayIdOf, type OrderRefs } from "../bulk/order-rows"
import { createOrderTables, type OrderTables } from "../bulk/order-tables"
import type { ShippingOptionInfo, VariantInfo } from "../context"
import { orderMoney } from "../order-money"

const plan = planDemoStore({ seed: 42, scale: 0.05, until: "2026-11-24" })
const option = (region: string, name: string): ShippingOptionInfo => ({
  id: `so_${region}_${name}`, name, stock_location_id: `sloc_${region}`, service_zone_id: "serzo", fulfillment_set_id: "fuset",
  shipping_profile_id: "sp", fee: 495, free_from: 6000, data: {}, type: { id: "sotype", label: "Standard", code: "standard", description: "" },
})
const variants = new Map<string, VariantInfo>()
for (const p of plan.products) {
  for (const v of p.variants) {
    variants.set(v.key, {
      id: `variant_${v.key}`, product_id: `prod_${p.key}`, product_key: p.key, sku: v.sku, title: v.title, product_title: p.title,
      product_handle: p.handle, product_description: p.description, product_collection: null, options: v.options,
      category_id: `pcat_${p.categoryKey}`, prices: v.prices, inventory_item_id: `iitem_${v.key}`,
    })
  }
}
const refs: OrderRefs = {
  sales_channel_id: "sc_demo",
  regions: new Map(plan.regions.map((r) => [r.key, { id: `reg_${r.key}`, currency_code: r.currency_code, countries: r.countries }])),
  customers: new Map(plan.customers.map((c) => [c.key, `cus_${c.key}`])),
  customerByKey: new Map(plan.customers.map((c) => [c.key, c])),
  variants,
  promotions: new Map(plan.promotions.map((p) => [p.code, { id: `promo_${p.code}`, code: p.code, campaign_id: "procamp", budget_id: p.firstOrderOnly ? "probudg" : null }])),
  shippingOptions: new Map(plan.regions.map((r) => [r.key, option(r.key, "Standard Shipping")])),
  returnOptions: new Map(plan.regions.map((r) => [r.key, option(r.key, "Standard Return")])),
  locationAddress: new Map(plan.regions.map((r) => [`sloc_${r.key}`, plan.stockLocations[0].address])),
  latest: Date.UTC(2030, 0, 1),
}

const rowsOf = (o: DemoOrder) => {
  const t = createOrderTables()
  addOrderRows(t, new IdFactory(), refs, o)
  return t
}
const counts = (t: OrderTables) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.count]))
const column = (t: OrderTables, table: keyof OrderTables, name: string) => {
  const buf = t[table]
  return buf.statement().values[buf.columns.findIndex(([n]) => n === name)] as unknown[]
}

describe("addOrderRows", () => {
  it("writes a delivered order as Medusa's flows leave it: four versions, capture, fulfillment shipped and delivered", () => {
    const o = plan.orders.find((x) => x.status === "completed" && !x.return && !x.promotionCode && x.items.length === 2)!
    const t = rowsOf(o)
    expect(counts(t)).toMatchObject({
      cart: 1, cart_address: 2, cart_line_item: 2, cart_shipping_method: 1, payment_collection: 1, payment_session: 1,
      order: 1, order_address: 2, order_line_item: 2, order_item: 8, order_shipping: 4, order_summary: 4,
      order_shipping_method: 1, payment: 1, capture: 1, order_transaction: 1, fulfillment: 1, fulfillment_item: 2,
      fulfillment_label: 1, order_fulfillment: 1, order_change: 3, order_change_action: 6, refund: 0, return: 0,
      order_line_item_adjustment: 0, order_promotion: 0, order_cart: 1, order_payment_collection: 1,
    })
    expect(column(t, "order", "display_id")).toEqual([displayIdOf(o.key)])
    expect(column(t, "order", "status")).toEqual(["completed"])
    expect(column(t, "order", "version")).toEqual([4])
    expect(column(t, "order_change_action", "action")).toEqual(["FULFILL_ITEM", "FULFILL_ITEM", "SHIP_ITEM", "SHIP_ITEM", "DELIVER_ITEM", "DELIVER_ITEM"])
    // version 1 items carry no unit price (Medusa copies it onto the item detail from version 2 on)
    expect(column(t, "order_item", "unit_price").slice(0, 2)).toEqual([null, null])
    expect(column(t, "order_item", "delivered_quantity").slice(6)).toEqual(o.items.map((i) => i.quantity))
    expect(column(t, "capture", "amount")).toEqual([o.total / 100])
  })

  it("writes a cancellation with the payment canceled, no capture and no fulfillment", () => {
    const o = plan.orders.find((x) => x.status === "canceled")!
    const t = rowsOf(o)
    expect(counts(t)).toMatchObject({ order: 1, order_item: 2 * o.items.length, order_summary: 2, capture: 0, fulfillment: 0, order_change: 1, order_credit_line: 1 })
    expect(column(t, "order_change", "change_type")).toEqual(["credit_line"])
    expect(column(t, "payment_collection", "status")).toEqual(["canceled"])
    expect(column(t, "payment", "canceled_at")[0]).toBe(o.canceled_at)
    expect(column(t, "order", "canceled_at")).toEqual([o.canceled_at])
  })

  it("writes a received return with its items, inbound fulfillment, two changes and the refund", () => {
    const o = plan.orders.find((x) => x.return && x.return.items.length < x.items.length)!
    const t = rowsOf(o)
    const n = o.items.length
    const r = o.return!.items.length
    expect(counts(t)).toMatchObject({
      order_item: 6 * n, order_summary: 6, order_shipping: 6 + 2, order_shipping_method: 2, return: 1, return_item: r,
      return_fulfillment: 1, fulfillment: 2, fulfillment_item: n + r, refund: 1, order_transaction: 2, order_change: 5,
      order_change_action: 3 * n + 2 * r + 1,
    })
    expect(column(t, "return", "status")).toEqual(["received"])
    expect(column(t, "refund", "amount")).toEqual([orderMoney(o).refund / 100])
    expect(column(t, "order_transaction", "amount")).toEqual([o.total / 100, -orderMoney(o).refund / 100])
    expect(column(t, "order_change", "change_type").slice(3)).toEqual(["return_request", "return_receive"])
  })

  it("writes a promotion's adjustments on every version, the order–promotion link and the welcome code's usage", () => {
    const o = plan.orders.find((x) => x.promotionCode === "WELCOME10" && x.status === "completed" && !x.return)!
    const t = rowsOf(o)
    const discounted = orderMoney(o).lines.filter((l) => l.discount > 0).length
    expect(counts(t)).toMatchObject({ order_line_item_adjustment: 4 * discounted, cart_line_item_adjustment: discounted, order_promotion: 1, cart_promotion: 1, promotion_campaign_budget_usage: 1 })
    const amounts = column(t, "order_line_item_adjustment", "amount") as number[]
    expect(Math.round(amounts.slice(0, discounted).reduce((a, b) => a + b, 0) * 100)).toBe(o.discount_total)
    expect(column(t, "promotion_campaign_budget_usage", "attribute_value")).toEqual([refs.customerByKey.get(o.customerKey)!.email])
  })

  it("builds every order of a plan, each table's insert taking one array per column", () => {
    const t = createOrderTables()
    const ids = new IdFactory()
    for (const o of plan.orders) addOrderRows(t, ids, refs, o)
    expect(t.order.count).toBe(plan.orders.length)
    for (const buf of Object.values(t)) {
      const { text, values } = buf.statement()
      expect(values).toHaveLength(buf.columns.length)
      for (const v of values) expect(v).toHaveLength(buf.count)
      expect(text).toContain(`insert into "${buf.table}"`)
    }
    expect(t.order_summary.statement().text).toContain("jsonb_build_object('paid_total'")
  })
})
