import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { event, recsUrl, seedShop, sendEvents, train, type Shop } from "./fixtures"

jest.setTimeout(300_000)
// serving re-reads the serving version and rules on every request in tests (the default polls every 5 s)
process.env.FINESSE_RECS_REFRESH_MS = "0"
// and re-reads a visitor's session events (the default keeps them 20 s)
process.env.FINESSE_RECS_SESSION_TTL_MS = "0"

const ids = (r: any) => r.data.recommendation.products.map((p: any) => p.id)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: { headers: Record<string, string> }
    const get = (q: Record<string, string | number | undefined>, token?: string, extra: Record<string, string> = {}) =>
      api.get(recsUrl({ region_id: shop.store.regionId, ...q }), { headers: { ...shop.store.storeHeaders(token).headers, ...extra } })

    // seeded once: the test runner snapshots the database after this and restores it before every test
    beforeAll(async () => {
      admin = await adminHeaders(getContainer())
      shop = await seedShop(getContainer(), api)
    })

    describe("GET /store/finesse/recommendations", () => {
      it("requires a publishable key and answers 400 naming the field", async () => {
        const none = await expectStatus(api.get(recsUrl({ placement: "trending" })))
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/publishable/i)
        const revoked = await expectStatus(api.get(recsUrl({ placement: "trending" }), { headers: { "x-publishable-api-key": "pk_nope" } }))
        expect(revoked.status).toBe(400)

        const cases: [Record<string, string | number>, string][] = [
          [{}, "placement"],
          [{ placement: "everything" }, "placement"],
          [{ placement: "similar" }, "product_id"],
          [{ placement: "bought_together" }, "product_id"],
          [{ placement: "complete_your_order" }, "cart_id"],
          [{ placement: "post_purchase" }, "order_id"],
          [{ placement: "trending", limit: 500 }, "limit"],
          [{ placement: "trending", limit: "ten" }, "limit"],
          [{ placement: "trending", currency_code: "euro" }, "currency_code"],
          [{ placement: "trending", customer_id: "cus_1" }, "customer_id"],
          [{ placement: "trending", sales_channel_id: "sc_other" }, "sales_channel_id"],
        ]
        for (const [q, field] of cases) {
          const r = await expectStatus(api.get(recsUrl(q), shop.store.storeHeaders()))
          expect([r.status, r.data.message]).toEqual([400, expect.stringContaining(field)])
        }
      })

      it("answers 404 for an unknown product, region, cart or order", async () => {
        for (const q of [
          { placement: "similar", product_id: "prod_missing" },
          { placement: "trending", region_id: "reg_missing" },
          { placement: "complete_your_order", cart_id: "cart_missing" },
          { placement: "post_purchase", order_id: "order_missing" },
        ]) {
          const r = await expectStatus(get(q))
          expect([r.status, r.data.type]).toEqual([404, "not_found"])
        }
      })

      it("fills every placement with priced, recommendable products even before any training (new store)", async () => {
        for (const placement of ["similar", "bought_together", "for_you", "trending", "email"]) {
          const r = await get({ placement, product_id: shop.p.shirt.id, limit: 4 })
          expect(r.data.recommendation.model_version).toBe(0)
          expect(r.data.recommendation.products.length).toBe(4)
          if (placement === "similar" || placement === "bought_together") expect(ids(r)).not.toContain(shop.p.shirt.id)
        }
      })

      it("serves every placement from a trained model, priced in the caller's region", async () => {
        const job = await train(api, admin)
        expect(job.result).toMatchObject({ orders: 6, customers: 5, products_bought: 5, catalog_products: 6 })
        const version = job.result.version
        const [c0, , , c3] = shop.customers

        const similar = await get({ placement: "similar", product_id: shop.p.shirt.id, limit: 3 })
        const rec = similar.data.recommendation
        expect(rec).toMatchObject({ placement: "similar", strategy: "blended", model_version: version, region_id: shop.store.regionId, currency_code: "eur", sales_channel_id: shop.store.channelId })
        expect(rec.recommendation_id).toMatch(new RegExp(`^rec_[a-z0-9]+\\.sim\\.b\\.v${version}$`))
        expect(rec.products[0]).toMatchObject({ id: shop.p.tie.id, rank: 1, calculated_price: { calculated_amount: 25, currency_code: "eur" } })
        // content similarity: the linen socks share a word with the linen shirt (never bought together)
        expect(ids(similar)).toContain(shop.p.socks.id)

        const together = await get({ placement: "bought_together", product_id: shop.p.shirt.id, limit: 2 })
        expect(together.data.recommendation.products[0]).toMatchObject({ id: shop.p.tie.id, reasons: expect.arrayContaining(["boughtTogether"]) })

        const forYou = await get({ placement: "for_you", limit: 3 }, c3.token)
        expect(ids(forYou).slice(0, 2).sort()).toEqual([shop.p.mug.id, shop.p.tea.id].sort())
        const buyAgain = await get({ placement: "buy_again", limit: 5 }, c3.token)
        expect(ids(buyAgain).sort()).toEqual([shop.p.mug.id, shop.p.tea.id].sort())
        // an anonymous visitor has nothing to buy again
        expect(ids(await get({ placement: "buy_again" }))).toEqual([])

        const trending = await get({ placement: "trending", limit: 6 })
        expect(ids(trending)).toHaveLength(6)
        const email = await get({ placement: "email", limit: 3 }, c0.token)
        expect(email.data.recommendation.products).toHaveLength(3)

        // the cart widget: a cart with a shirt suggests the tie, never what is in the cart
        const { data: cart } = await api.post(
          "/store/carts",
          { region_id: shop.store.regionId, sales_channel_id: shop.store.channelId, items: [{ variant_id: shop.p.shirt.variantId, quantity: 1 }] },
          shop.store.storeHeaders(c0.token)
        )
        const complete = await get({ placement: "complete_your_order", cart_id: cart.cart.id, limit: 3 }, c0.token)
        expect(complete.data.recommendation.products[0].id).toBe(shop.p.tie.id)
        expect(ids(complete)).not.toContain(shop.p.shirt.id)
        // and the cart's items are excluded from other placements that name the cart
        expect(ids(await get({ placement: "trending", cart_id: cart.cart.id, limit: 6 }, c0.token))).not.toContain(shop.p.shirt.id)

        // after an order: what goes with it, not what was just bought
        const { data: orders } = await api.get("/store/orders", shop.store.storeHeaders(c3.token))
        const post = await get({ placement: "post_purchase", order_id: orders.orders[0].id, limit: 3 }, c3.token)
        expect(ids(post)).not.toContain(shop.p.mug.id)
        expect(ids(post)).not.toContain(shop.p.tea.id)
        expect(post.data.recommendation.products.length).toBe(3)
      })

      it("keeps customers apart: carts and orders are their owner's, and for you follows each one's history", async () => {
        await train(api, admin)
        const [c0, , , c3] = shop.customers
        const { data: cart } = await api.post(
          "/store/carts",
          { region_id: shop.store.regionId, sales_channel_id: shop.store.channelId, items: [{ variant_id: shop.p.mug.variantId, quantity: 1 }] },
          shop.store.storeHeaders(c3.token)
        )
        expect((await expectStatus(get({ placement: "complete_your_order", cart_id: cart.cart.id }, c0.token))).status).toBe(404)
        expect((await expectStatus(get({ placement: "complete_your_order", cart_id: cart.cart.id }))).status).toBe(404)
        const { data: orders } = await api.get("/store/orders", shop.store.storeHeaders(c3.token))
        expect((await expectStatus(get({ placement: "post_purchase", order_id: orders.orders[0].id }, c0.token))).status).toBe(404)
        expect((await expectStatus(get({ placement: "post_purchase", order_id: orders.orders[0].id }))).status).toBe(404)
        // the shirt buyer and the tea buyer see their own "for you"
        const a = ids(await get({ placement: "for_you", limit: 2 }, c0.token)).sort()
        const b = ids(await get({ placement: "for_you", limit: 2 }, c3.token)).sort()
        expect(a).toEqual([shop.p.shirt.id, shop.p.tie.id].sort())
        expect(b).toEqual([shop.p.mug.id, shop.p.tea.id].sort())
      })

      it("recommends to an anonymous visitor from their session (query or header) and assigns experiments by that id", async () => {
        await train(api, admin)
        await sendEvents(api, shop.store, [event("product_viewed", "visitor-1", { product_id: shop.p.mug.id })])
        const viaQuery = await get({ placement: "for_you", anonymous_id: "visitor-1", limit: 2 })
        expect(ids(viaQuery)).toContain(shop.p.tea.id)
        const viaHeader = await get({ placement: "for_you", limit: 2 }, undefined, { "x-finesse-anonymous-id": "visitor-1" })
        expect(ids(viaHeader)).toEqual(ids(viaQuery))
        // a stranger without a session gets the popular products instead
        const stranger = await get({ placement: "for_you", anonymous_id: "visitor-2", limit: 2 })
        expect(stranger.data.recommendation.products.every((p: any) => p.reasons.includes("trending"))).toBe(true)
        // once the visitor signs in, their browser's events belong to the account and the anonymous id reveals nothing
        await sendEvents(api, shop.store, [event("page_viewed", "visitor-1", { path: "/" })], shop.customers[0].token)
        const after = await get({ placement: "for_you", anonymous_id: "visitor-1", limit: 2 })
        expect(after.data.recommendation.products.every((p: any) => p.reasons.includes("trending"))).toBe(true)
      })

      it("serves only published, in-stock products of the caller's sales channel, and follows catalog changes", async () => {
        await train(api, admin)
        const container = getContainer()
        // a product managed in inventory, with no stock yet
        const { result: [boots] } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title: "Linen boots",
                status: ProductStatus.PUBLISHED,
                options: [{ title: "Size", values: ["42"] }],
                variants: [{ title: "42", sku: `BOOTS-${Date.now()}`, manage_inventory: true, options: { Size: "42" }, prices: [{ amount: 90, currency_code: "eur" }] }],
                sales_channels: [{ id: shop.store.channelId }],
              },
            ],
          },
        })
        // a new product the model does not know yet reaches trending lists through the new-arrivals fallback
        const trending = () => get({ placement: "trending", limit: 10 }).then(ids)
        const similar = () => get({ placement: "similar", product_id: shop.p.shirt.id, limit: 10 }).then(ids)
        expect(await trending()).not.toContain(boots.id)
        // stock arrives at the channel's location: the boots appear (inventory event → card dropped)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: [variant] } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id"], filters: { id: (boots as any).variants[0].id } })
        const { data: locations } = await query.graph({ entity: "sales_channel_locations", fields: ["stock_location_id"], filters: { sales_channel_id: shop.store.channelId } })
        await createInventoryLevelsWorkflow(container).run({
          input: { inventory_levels: [{ inventory_item_id: (variant as any).inventory_items[0].inventory_item_id, location_id: (locations[0] as any).stock_location_id, stocked_quantity: 5 }] },
        })
        await waitFor(trending, (l) => l.includes(boots.id), 20_000, 200)

        // a price change is served at once
        await updateProductVariantsWorkflow(container).run({
          input: { selector: { id: shop.p.tie.variantId }, update: { prices: [{ amount: 19, currency_code: "eur" }] } },
        })
        await waitFor(
          () => get({ placement: "bought_together", product_id: shop.p.shirt.id, limit: 1 }).then((r: any) => r.data.recommendation.products[0].calculated_price.calculated_amount),
          (a) => a === 19,
          20_000,
          200
        )

        // unpublished: gone
        await updateProductsWorkflow(container).run({ input: { selector: { id: shop.p.tie.id }, update: { status: ProductStatus.DRAFT } } })
        await waitFor(similar, (l) => !l.includes(shop.p.tie.id), 20_000, 200)

        // another channel's key sees only that channel's products: none of these
        const other = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels({ name: "Outlet" })
        const key = await container.resolve(Modules.API_KEY).createApiKeys({ title: "Outlet key", type: "publishable", created_by: "test" })
        await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [other.id] } })
        const outlet = await api.get(recsUrl({ placement: "trending", region_id: shop.store.regionId }), { headers: { "x-publishable-api-key": key.token } })
        expect(outlet.data.recommendation).toMatchObject({ sales_channel_id: other.id, products: [] })
      })

      it("does not re-recommend a one-off purchase to its buyer", async () => {
        // 20 more buyers of the hat, none twice: the hat is a one-off
        const container = getContainer()
        const { createCustomerWithToken, placeOrder } = await import("../../helpers/store-fixture")
        for (let i = 0; i < 20; i++) {
          const c = await createCustomerWithToken(container, `hat-${i}-${Date.now()}@finesse.test`)
          await placeOrder(api, shop.store, { token: c.token, items: [{ variantId: shop.p.hat.variantId, quantity: 1 }, { variantId: shop.p.socks.variantId, quantity: 1 }] })
        }
        const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await waitFor(() => knex("finesse_order_fact").count("* as n").then((r: any) => Number(r[0].n)), (n) => n >= 26, 60_000, 250)
        await train(api, admin)
        const buyer = shop.customers[2] // bought the hat once
        const other = shop.customers[0]
        const forOther = ids(await get({ placement: "similar", product_id: shop.p.socks.id, limit: 5 }, other.token))
        expect(forOther).toContain(shop.p.hat.id)
        const forBuyer = ids(await get({ placement: "similar", product_id: shop.p.socks.id, limit: 5 }, buyer.token))
        expect(forBuyer).not.toContain(shop.p.hat.id)
      })
    })
  },
})
