import { planDemoStore, type DemoEvent } from "../../demo"
import { customerCreatedRow, eventRow, serverOrderEvents, type EventRefs } from "../events"

const plan = planDemoStore({ seed: 42, scale: 0.05, until: "2026-11-24" })
const variants = plan.products.flatMap((p) => p.variants)
const refs: EventRefs = {
  sales_channel_id: "sc_demo",
  customers: new Map(plan.customers.map((c) => [c.key, `cus_${c.key}`])),
  products: new Map(plan.products.map((p) => [p.key, `prod_${p.key}`])),
  variants: new Map(variants.map((v) => [v.key, { id: `variant_${v.key}` }])),
  categories: new Map(plan.categories.map((c) => [c.key, `pcat_${c.key}`])),
}
const first = <T extends DemoEvent["type"]>(type: T) => {
  const i = plan.events.findIndex((e) => e.type === type)
  return { e: plan.events[i] as Extract<DemoEvent, { type: T }>, i }
}

describe("eventRow", () => {
  it("maps plan keys to Medusa ids in the typed columns and keeps the rest in properties", () => {
    const { e, i } = first("product_viewed")
    const row = eventRow(e, i, refs)
    expect(row).toMatchObject({
      client_event_id: `seed-${i}`,
      type: "product_viewed",
      source: "seed",
      session_id: e.session_id,
      anonymous_id: e.anonymous_id,
      sales_channel_id: "sc_demo",
      product_id: `prod_${e.properties.product_key}`,
      variant_id: `variant_${e.properties.variant_key}`,
      category_id: `pcat_${e.properties.category_key}`,
      properties: null,
    })
    expect(row.occurred_at).toBe(e.occurred_at)
  })

  it("fills search, cart and checkout columns", () => {
    const s = first("search")
    expect(eventRow(s.e, s.i, refs)).toMatchObject({ query: s.e.properties.query, result_count: s.e.properties.result_count })
    const c = first("cart_item_added")
    expect(eventRow(c.e, c.i, refs)).toMatchObject({ quantity: c.e.properties.quantity, variant_id: `variant_${c.e.properties.variant_key}` })
    const k = first("checkout_started")
    expect(eventRow(k.e, k.i, refs)).toMatchObject({
      amount: k.e.properties.subtotal,
      currency_code: k.e.properties.currency_code,
      properties: { item_count: k.e.properties.item_count },
    })
    const p = first("page_viewed")
    expect(eventRow(p.e, p.i, refs).properties).toEqual({ path: p.e.properties.path })
  })

  it("sets the customer only when the plan says the visitor is logged in", () => {
    const anon = plan.events.findIndex((e) => e.customerKey === null)
    const known = plan.events.findIndex((e) => e.customerKey !== null)
    expect(eventRow(plan.events[anon], anon, refs).customer_id).toBeNull()
    expect(eventRow(plan.events[known], known, refs).customer_id).toBe(`cus_${plan.events[known].customerKey}`)
  })
})

describe("serverOrderEvents", () => {
  const ref = { orderId: "order_1", customerId: "cus_1", anonymousId: "anon_1", cartId: "cart_1", returnId: "return_1", salesChannelId: "sc_demo" }
  const latest = Date.UTC(2030, 0, 1)

  it("gives a placed order its storefront session and total, then completes it", () => {
    const o = plan.orders.find((x) => x.status === "completed" && !x.return)!
    const rows = serverOrderEvents(o, ref, latest)
    expect(rows.map((r) => r.type)).toEqual(["order_placed", "order_completed"])
    expect(rows[0]).toMatchObject({
      client_event_id: "order_placed-order_1",
      source: "server",
      session_id: o.session_id,
      order_id: "order_1",
      cart_id: "cart_1",
      amount: o.total,
      currency_code: o.currency_code,
    })
    expect(rows[0].occurred_at).toBe(o.created_at)
    expect(rows[1].session_id).toBeNull()
  })

  it("records a cancellation at its time and a return by its id", () => {
    const c = plan.orders.find((x) => x.status === "canceled")!
    const cancel = serverOrderEvents(c, ref, latest)
    expect(cancel.map((r) => r.type)).toEqual(["order_placed", "order_canceled"])
    expect(cancel[1].occurred_at).toBe(c.canceled_at)
    const r = plan.orders.find((x) => x.return)!
    const rows = serverOrderEvents(r, ref, latest)
    expect(rows.map((x) => x.client_event_id)).toEqual([
      "order_placed-order_1", "return_requested-return_1", "return_received-return_1", "order_completed-order_1",
    ])
    expect(rows[1].properties).toEqual({ return_id: "return_1" })
  })
})

describe("customerCreatedRow", () => {
  it("records the sign-up at the planned time, keyed like the live subscriber's event", () => {
    const c = plan.customers[0]
    expect(customerCreatedRow("cus_1", c.created_at)).toMatchObject({
      client_event_id: "customer_created-cus_1", type: "customer_created", source: "server", customer_id: "cus_1",
      occurred_at: c.created_at, session_id: null,
    })
  })
})
