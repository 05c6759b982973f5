import type { SuiteContext } from "../../helpers/suite"
import type { SharedStore } from "./core.spec"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"

process.env.FINESSE_EVENTS_RATE_PER_ANON = "50"

const iso = (msAgo = 0) => new Date(Date.now() - msAgo).toISOString()
const ev = (type: string, anon: string, properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  type,
  anonymous_id: anon,
  session_id: `sess-${anon}`,
  timestamp: iso(1000),
  properties,
  ...extra,
})

export function dataSuite({ api, getContainer }: SuiteContext, shared: SharedStore) {
    let store: StoreFixture
    let admin: { headers: Record<string, string> }
    const db = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const send = (events: unknown[], token?: string) => api.post("/store/finesse/events", { events }, store.storeHeaders(token))

    // the spec makes the store once for every suite (the runner restores that snapshot before every test)
    beforeAll(() => {
      store = shared.store
      admin = shared.admin
    })

    describe("POST /store/finesse/events", () => {
      it("requires a publishable key", async () => {
        const r = await expectStatus(api.post("/store/finesse/events", { events: [ev("page_viewed", "a1", { path: "/" })] }))
        expect(r.status).toBe(400)
        expect(r.data.message).toMatch(/publishable/i)
      })

      it("answers 400 naming the wrong field", async () => {
        const cases: [unknown, string][] = [
          [[{ ...ev("page_viewed", "a1", { path: "/" }), anonymous_id: undefined }], "events[0].anonymous_id"],
          [[ev("product_viewed", "a1", { variant_id: "x" })], "events[0].properties.product_id"],
          [[ev("page_viewed", "a1", { path: "/" }), ev("search", "a1", { query: "shirt", result_count: -1 })], "events[1].properties.result_count"],
          [[ev("page_viewed", "a1", { path: "/", colour: "red" })], "events[0].properties.colour"],
          [[ev("teleported", "a1", {})], "events[0].type"],
          [[{ ...ev("page_viewed", "a1", { path: "/" }), timestamp: "yesterday" }], "events[0].timestamp"],
          [Array.from({ length: 501 }, () => ev("page_viewed", "a1", { path: "/" })), "events"],
          [[], "events"],
        ]
        for (const [events, field] of cases) {
          const r = await expectStatus(send(events as unknown[]))
          expect(r.status).toBe(400)
          expect(r.data.message).toContain(field)
        }
      })

      it("answers 413 for a body over the limit", async () => {
        const big = { events: [ev("page_viewed", "a1", { path: "/" })], padding: "x".repeat(600 * 1024) }
        const r = await expectStatus(api.post("/store/finesse/events", big, store.storeHeaders()))
        expect(r.status).toBe(413)
      })

      it("answers 429 past the rate limit of an anonymous id, with Retry-After", async () => {
        const first = await send(Array.from({ length: 40 }, () => ev("page_viewed", "busy", { path: "/" })))
        expect(first.status).toBe(200)
        const r = await expectStatus(send(Array.from({ length: 20 }, () => ev("page_viewed", "busy", { path: "/" }))))
        expect(r.status).toBe(429)
        expect(r.data.field).toBe("anonymous_id")
        // another visitor is not affected
        expect((await send([ev("page_viewed", "calm", { path: "/" })])).status).toBe(200)
      })

      it("stores a re-sent batch once and cleans what it must", async () => {
        const [p] = store.products
        const batch = [
          ev("product_viewed", "v1", { product_id: p.id, variant_id: p.variantId }),
          ev("search", "v1", { query: "linen", result_count: 3 }),
          ev("product_viewed", "v1", { product_id: "prod_does_not_exist" }),
          { ...ev("page_viewed", "v1", { path: "/" }), timestamp: iso(30 * 86_400_000) },
        ]
        const a = await send(batch)
        expect(a.data).toMatchObject({ accepted: 2, duplicates: 0, dropped: { unknown_product: 1, stale_timestamp: 1 } })
        const b = await send(batch)
        expect(b.data).toMatchObject({ accepted: 0, duplicates: 2 })
        const rows = await db()("finesse_event").where({ anonymous_id: "v1" })
        expect(rows).toHaveLength(2)
        expect(rows.find((r: any) => r.type === "product_viewed")).toMatchObject({
          product_id: p.id,
          variant_id: p.variantId,
          sales_channel_id: store.channelId,
          customer_id: null,
          source: "storefront",
        })
        expect(rows[0].ip_hash).toMatch(/^[0-9a-f]{32}$/)
        expect(JSON.stringify(rows)).not.toContain("127.0.0.1")
        const kpis = await api.get("/admin/finesse/kpis", admin)
        const q = Object.fromEntries(kpis.data.kpis.data_quality.rejected_events.map((r: any) => [`${r.action}:${r.reason}`, r.count]))
        // the re-sent batch is cleaned again: its bad events count twice, its good ones as duplicates
        expect(q).toMatchObject({ "dropped:unknown_product": 2, "dropped:stale_timestamp": 2, "dropped:duplicate": 2 })
      })

      it("attaches a logged-in customer and stitches the browser's earlier anonymous events", async () => {
        const { customer, token } = await createCustomerWithToken(getContainer())
        await send([ev("page_viewed", "device-1", { path: "/" }), ev("page_viewed", "device-2", { path: "/" })])
        await send([ev("category_viewed", "device-1", { category_id: "pcat_1" })], token)
        const rows = await db()("finesse_event").whereIn("anonymous_id", ["device-1", "device-2"]).orderBy("occurred_at")
        expect(rows.filter((r: any) => r.anonymous_id === "device-1").map((r: any) => r.customer_id)).toEqual([customer.id, customer.id])
        expect(rows.find((r: any) => r.anonymous_id === "device-2").customer_id).toBeNull()
      })
    })

    describe("storefront client", () => {
      it("sends events from the @finesse/core storefront tracker on the Medusa JS SDK into the funnel", async () => {
        const Medusa = require("@medusajs/js-sdk").default
        const { FinesseTracker } = require("@finesse/core/storefront")
        const sdk = new Medusa({ baseUrl: api.defaults.baseURL, publishableKey: store.publishableKey })
        const tracker = new FinesseTracker({ sdk, listenToPageHide: false, batchSize: 50 })
        const [p] = store.products
        tracker.pageViewed({ path: "/" })
        tracker.productViewed({ product_id: p.id, variant_id: p.variantId })
        tracker.cartItemAdded({ product_id: p.id, variant_id: p.variantId, quantity: 1 })
        tracker.checkoutStarted({ cart_id: "cart_from_tracker" })
        await tracker.flush()
        expect(tracker.pending).toBe(0)
        const rows = await db()("finesse_event").where({ anonymous_id: tracker.anonymousId })
        expect(rows.map((r: any) => r.type).sort()).toEqual(["cart_item_added", "checkout_started", "page_viewed", "product_viewed"])
        expect(new Set(rows.map((r: any) => r.session_id)).size).toBe(1)
        const day = new Date().toISOString().slice(0, 10)
        const { data } = await api.get(`/admin/finesse/kpis?from=${day}&to=${day}`, admin)
        const funnel = Object.fromEntries(data.kpis.funnel.map((s: any) => [s.step, s.count]))
        expect(funnel).toMatchObject({ viewed: 1, added_to_cart: 1, checkout_started: 1 })
        expect(data.kpis.summary.sessions.value).toBe(1)
      })
    })

    describe("retention", () => {
      it("deletes raw events past the retention after summarising their days", async () => {
        const data = getContainer().resolve("finesse_data")
        const old = new Date(Date.now() - 400 * 86_400_000)
        await data.insertEvents(
          Array.from({ length: 3 }, (_, i) => ({
            client_event_id: `old-${i}`,
            type: "page_viewed",
            source: "import" as const,
            anonymous_id: "old-visitor",
            session_id: "old-session",
            customer_id: null,
            sales_channel_id: null,
            occurred_at: old,
            received_at: old,
          }))
        )
        await send([ev("page_viewed", "new-visitor", { path: "/" })])
        const { data: res } = await api.post("/admin/finesse/jobs", { kind: "core.events-retention", payload: { retention_days: 30, run: "test" } }, admin)
        const job = await waitFor(() => api.get(`/admin/finesse/jobs/${res.job.id}`, admin).then((r: any) => r.data.job), (j: any) => ["completed", "failed"].includes(j.state))
        expect(job).toMatchObject({ state: "completed", result: { deleted: 3 } })
        expect(await db()("finesse_event").where({ anonymous_id: "old-visitor" })).toHaveLength(0)
        expect(await db()("finesse_event").where({ anonymous_id: "new-visitor" })).toHaveLength(1)
        const summary = await db()("finesse_daily_traffic").where({ day: old.toISOString().slice(0, 10) }).first()
        expect(summary).toMatchObject({ sessions: 1, visitors: 1, events: 3 })
      })
    })

    describe("order facts and KPIs", () => {
      it("puts a placed order into the facts and the KPIs, with costs, promotion and the storefront session", async () => {
        const container = getContainer()
        const [shirt, hat] = store.products
        await container.resolve("finesse_data").upsertVariantCosts([{ variant_id: shirt.variantId, currency_code: "eur", amount: 1500 }])
        const { customer, token } = await createCustomerWithToken(container)
        // an anonymous visit that checks out after logging in
        await send([
          ev("product_viewed", "shopper-device", { product_id: shirt.id, variant_id: shirt.variantId }),
          ev("cart_item_added", "shopper-device", { product_id: shirt.id, variant_id: shirt.variantId, quantity: 2 }),
        ])
        const { order, cart } = await placeOrder(api, store, {
          token,
          email: customer.email,
          items: [
            { variantId: shirt.variantId, quantity: 2 },
            { variantId: hat.variantId, quantity: 1 },
          ],
        })
        await send([ev("checkout_started", "shopper-device", { cart_id: cart.id })])

        const fact = await waitFor(() => db()("finesse_order_fact").where({ id: order.id }).first(), (f: any) => !!f)
        // Medusa's own totals of the same order
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [medusaOrder] } = await query.graph({ entity: "order", fields: ["total", "subtotal", "shipping_total"], filters: { id: order.id } })
        expect(fact).toMatchObject({
          customer_id: customer.id,
          sales_channel_id: store.channelId,
          region_id: store.regionId,
          currency_code: "eur",
          units: 3,
          subtotal: 10500, // 2 × 40 + 25
          shipping_total: 500,
          total: Math.round(Number(medusaOrder.total) * 100),
          cost_total: 3000,
          cost_complete: false, // the hat has no cost
          customer_order_index: 1,
        })
        const lines = await db()("finesse_order_line_fact").where({ order_id: order.id })
        expect(lines.find((l: any) => l.variant_id === shirt.variantId)).toMatchObject({ quantity: 2, unit_cost: 1500, margin: 8000 - 3000, category_id: shirt.categoryId })

        const day = new Date().toISOString().slice(0, 10)
        const { data } = await api.get(`/admin/finesse/kpis?from=${day}&to=${day}&currency_code=eur`, admin)
        expect(data.kpis.summary.gmv.value).toBe(fact.total)
        expect(data.kpis.summary.orders.value).toBe(1)
        expect(data.kpis.summary.new_customers.value).toBe(1)
        expect(data.kpis.top_products[0]).toMatchObject({ product_id: shirt.id, units: 2, revenue: 8000 })
        expect(data.kpis.top_categories.map((c: any) => c.name)).toEqual(expect.arrayContaining(["Shirts", "Hats"]))
        // filtered by the shirt's category: the same order and customer, only the shirt's sales
        const { data: byCategory } = await api.get(`/admin/finesse/kpis?from=${day}&to=${day}&currency_code=eur&category_id=${shirt.categoryId}`, admin)
        expect(byCategory.kpis.summary.orders.value).toBe(1)
        expect(byCategory.kpis.summary.new_customers.value).toBe(1)
        expect(byCategory.kpis.top_products.map((p: any) => p.product_id)).toEqual([shirt.id])
        // the server-side order event carries the customer; the funnel sees a product view
        const placed = await db()("finesse_event").where({ type: "order_placed", order_id: order.id }).first()
        expect(placed).toMatchObject({ customer_id: customer.id, source: "server", sales_channel_id: store.channelId })
        expect(data.kpis.funnel[0]).toMatchObject({ step: "viewed" })
        expect(data.kpis.funnel[0].count).toBeGreaterThanOrEqual(1)
      })

      it("stitches a checkout's anonymous events to the customer who placed the order", async () => {
        const container = getContainer()
        const [shirt] = store.products
        const { customer, token } = await createCustomerWithToken(container)
        const { order, cart } = await (async () => {
          // checkout_started must exist before the order: start a cart first, then complete it
          const h = store.storeHeaders(token)
          const { data } = await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: store.channelId, email: customer.email, items: [{ variant_id: shirt.variantId, quantity: 1 }], shipping_address: { first_name: "A", last_name: "B", address_1: "x", city: "Berlin", country_code: "de", postal_code: "10119" } }, h)
          await send([ev("product_viewed", "phone-1", { product_id: shirt.id }), ev("checkout_started", "phone-1", { cart_id: data.cart.id })])
          await api.post(`/store/carts/${data.cart.id}/shipping-methods`, { option_id: store.shippingOptionId }, h)
          const { data: pc } = await api.post("/store/payment-collections", { cart_id: data.cart.id }, h)
          await api.post(`/store/payment-collections/${pc.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
          const { data: done } = await api.post(`/store/carts/${data.cart.id}/complete`, {}, h)
          return { order: done.order, cart: data.cart }
        })()
        const placed = await waitFor(() => db()("finesse_event").where({ type: "order_placed", order_id: order.id }).first(), (e: any) => !!e)
        expect(placed).toMatchObject({ anonymous_id: "phone-1", session_id: "sess-phone-1", cart_id: cart.id })
        const anon = await db()("finesse_event").where({ anonymous_id: "phone-1", source: "storefront" })
        expect(anon.map((e: any) => e.customer_id)).toEqual([customer.id, customer.id])
        const fact = await waitFor(() => db()("finesse_order_fact").where({ id: order.id }).first(), (f: any) => !!f)
        expect(fact).toMatchObject({ anonymous_id: "phone-1", session_id: "sess-phone-1" })
      })
    })

    describe("facts backfill job", () => {
      it("rebuilds the facts of every existing order page by page (one order a page), with progress and each customer's order sequence", async () => {
        const strip = (rows: any[]) =>
          rows.map(({ created_at, updated_at, ...r }: any) => r).sort((a: any, b: any) => a.id.localeCompare(b.id))
        // a second order of one customer, so the sequence numbering is exercised across pages
        const { customer, token } = await createCustomerWithToken(getContainer())
        for (let i = 0; i < 2; i++) {
          await placeOrder(api, store, { token, email: customer.email, items: [{ variantId: store.products[0].variantId, quantity: 1 }] })
        }
        const other = await createCustomerWithToken(getContainer())
        await placeOrder(api, store, { token: other.token, email: other.customer.email, items: [{ variantId: store.products[1].variantId, quantity: 2 }] })
        await waitFor(() => db()("finesse_order_fact"), (r: any[]) => r.length === 3)
        const orders = strip(await db()("finesse_order_fact"))
        const lines = strip(await db()("finesse_order_line_fact"))
        expect(orders).toHaveLength(3)
        expect(orders.filter((o: any) => o.customer_id === customer.id).map((o: any) => o.customer_order_index).sort()).toEqual([1, 2])

        await db()("finesse_order_line_fact").del()
        await db()("finesse_order_fact").del()
        const { data: res } = await api.post("/admin/finesse/jobs", { kind: "core.facts-backfill", payload: { page_size: 1, run: "http-test" } }, admin)
        expect(res.job.id).toBe("core.facts-backfill-http-test")
        const job = await waitFor(() => api.get(`/admin/finesse/jobs/${res.job.id}`, admin).then((r: any) => r.data.job), (j: any) => ["completed", "failed"].includes(j.state))
        expect(job).toMatchObject({ state: "completed", progress: 100, result: { orders: orders.length } })
        expect(strip(await db()("finesse_order_fact"))).toEqual(orders)
        expect(strip(await db()("finesse_order_line_fact"))).toEqual(lines)
      })
    })

    describe("GET /admin/finesse/kpis", () => {
      it("needs an admin login and names a wrong parameter", async () => {
        expect((await expectStatus(api.get("/admin/finesse/kpis"))).status).toBe(401)
        for (const [q, field] of [
          ["interval=hour", "interval"],
          ["from=2026-02-30", "from"],
          ["from=2026-03-10&to=2026-03-01", "from"],
          ["compare=last_year", "compare"],
          ["currency_code=euro", "currency_code"],
          ["foo=1", "foo"],
        ]) {
          const r = await expectStatus(api.get(`/admin/finesse/kpis?${q}`, admin))
          expect(r.status).toBe(400)
          expect(r.data.message).toContain(field)
        }
      })

      it("returns an empty but complete report for a range without data", async () => {
        const { data } = await api.get("/admin/finesse/kpis?from=2020-01-01&to=2020-01-31&interval=week&currency_code=eur", admin)
        const k = data.kpis
        expect(k.range).toEqual({ from: "2020-01-01", to: "2020-01-31", interval: "week", timezone: "UTC" })
        expect(k.previous_range).toEqual({ from: "2019-12-01", to: "2019-12-31" })
        expect(k.summary.gmv).toEqual({ value: 0, previous: 0, change: null })
        expect(k.series.map((p: any) => p.bucket)).toEqual(["2019-12-30", "2020-01-06", "2020-01-13", "2020-01-20", "2020-01-27"])
        expect(k.funnel.map((s: any) => s.step)).toEqual(["viewed", "added_to_cart", "checkout_started", "ordered"])
      })
    })
}
