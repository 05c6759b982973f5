import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { event, runJob, seedShop, train, type Shop } from "./fixtures"

jest.setTimeout(300_000)
process.env.FINESSE_RECS_REFRESH_MS = "0"

const campaigns = "/admin/finesse/campaigns"
const settings = "/admin/finesse/recommendations/settings"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: { headers: Record<string, string> }
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const notifications = (customerId: string) => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ receiver_id: customerId })
    const deliveries = (campaignId: string) => knex()("finesse_rec_delivery").where({ campaign_id: campaignId }).orderBy("customer_id")
    const consent = (token: string, body: Record<string, boolean>) => api.post("/store/finesse/push/preferences", body, shop.store.storeHeaders(token))
    /** An abandoned cart: items, the customer's, left as it is. */
    const cart = async (token: string, variantId: string) =>
      (await api.post("/store/carts", { region_id: shop.store.regionId, sales_channel_id: shop.store.channelId, items: [{ variant_id: variantId, quantity: 1 }] }, shop.store.storeHeaders(token))).data.cart
    const campaign = async (body: Record<string, unknown>) =>
      (await api.post(campaigns, { name: "Cart reminder", trigger: "abandoned_cart", channel: "feed", item_count: 3, params: { after_hours: 0, within_hours: 24 }, ...body }, admin)).data.campaign
    const push = (campaignId: string, run: string) => runJob(api, admin, "recommendations.push", { campaign_id: campaignId, run, send: true })

    // seeded once: the test runner snapshots the database after this and restores it before every test
    beforeAll(async () => {
      admin = await adminHeaders(getContainer())
      shop = await seedShop(getContainer(), api)
      await train(api, admin)
      // no quiet hours unless a test sets them; one message per customer per day
      await api.post(settings, { push: { quiet_hours: { start: 0, end: 0 }, caps: { per_day: 1, per_week: 3 } } }, admin)
    })

    it("keeps consent per channel for the signed-in customer (store API)", async () => {
      expect((await expectStatus(api.get("/store/finesse/push/preferences", shop.store.storeHeaders()))).status).toBe(401)
      expect((await expectStatus(api.post("/store/finesse/push/preferences", { email: true }, shop.store.storeHeaders()))).status).toBe(401)
      const [c0, c1] = shop.customers
      expect((await api.get("/store/finesse/push/preferences", shop.store.storeHeaders(c0.token))).data.preferences).toEqual({ email: false, sms: false, feed: false, unsubscribed_at: null })
      const bad = await expectStatus(consent(c0.token, { email: "yes" } as any))
      expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("email")])
      const unknown = await expectStatus(consent(c0.token, { pigeon: true } as any))
      expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringContaining("pigeon")])
      expect((await consent(c0.token, { email: true, feed: true })).data.preferences).toMatchObject({ email: true, sms: false, feed: true })
      // another customer's preferences are theirs
      expect((await api.get("/store/finesse/push/preferences", shop.store.storeHeaders(c1.token))).data.preferences.email).toBe(false)
    })

    it("sends an abandoned-cart message with recommended products to consenting customers only, exactly once", async () => {
      const [c0, c1] = shop.customers
      await consent(c0.token, { feed: true })
      await cart(c0.token, shop.p.shirt.variantId)
      await cart(c1.token, shop.p.mug.variantId)
      const cmp = await campaign({})
      expect(cmp).toMatchObject({ status: "draft", trigger: "abandoned_cart", channel: "feed" })

      const job = await push(cmp.id, "first")
      expect(job.result).toMatchObject({ sent: 1, failed: 0 })
      const rows = await deliveries(cmp.id)
      const byCustomer = Object.fromEntries(rows.map((d: any) => [d.customer_id, d]))
      expect(byCustomer[c0.id]).toMatchObject({ status: "sent", channel: "feed" })
      expect(byCustomer[c1.id]).toMatchObject({ status: "skipped", reason: "no_consent" })

      const [note] = await notifications(c0.id)
      expect(note).toMatchObject({ channel: "feed", template: "finesse-recommendations", status: "success" })
      const items = (note.data as any).items
      // the cart's shirt first, then recommendations to complete it (the tie goes with the shirt)
      expect(items[0]).toMatchObject({ id: shop.p.shirt.id, reason: "abandoned_cart" })
      expect(items.map((x: any) => x.id)).toContain(shop.p.tie.id)
      expect((note.data as any).unsubscribe_url).toMatch(/\/finesse\/push\/unsubscribe\?token=/)
      expect(byCustomer[c0.id].recommendation_id).toMatch(/\.em\./)

      // the same job again, a new run, and a crash after sending but before recording: still one message
      await push(cmp.id, "first")
      await push(cmp.id, "second")
      await knex()("finesse_rec_delivery").where({ id: byCustomer[c0.id].id }).update({ status: "sending" })
      await push(cmp.id, "after-crash")
      expect(await notifications(c0.id)).toHaveLength(1)
      expect((await deliveries(cmp.id)).find((d: any) => d.customer_id === c0.id).status).toBe("sent")
      expect(await deliveries(cmp.id)).toHaveLength(2)

      const { data } = await api.get(`${campaigns}/${cmp.id}`, admin)
      expect(data.campaign.figures).toMatchObject({ sent: 1, skipped: 1, scheduled: 0 })
    })

    it("respects frequency caps across campaigns and moves a message out of quiet hours", async () => {
      const [c0] = shop.customers
      await consent(c0.token, { feed: true })
      await cart(c0.token, shop.p.shirt.variantId)
      const first = await campaign({ name: "First" })
      await push(first.id, "caps-1")
      // a second campaign on the same day: over the cap of one message per day
      const second = await campaign({ name: "Second" })
      await push(second.id, "caps-2")
      const [capped] = await deliveries(second.id)
      expect(capped).toMatchObject({ status: "skipped", reason: "daily_cap" })
      expect(await notifications(c0.id)).toHaveLength(1)

      // quiet all day except the hour after the next one (local time of a customer without an address: UTC+1)
      await api.post(settings, { push: { caps: { per_day: 0, per_week: 0 } } }, admin)
      const localNow = new Date(Date.now() + 60 * 60_000).getUTCHours()
      const quiet = { start: (localNow + 2) % 24, end: (localNow + 1) % 24 }
      await api.post(settings, { push: { quiet_hours: quiet } }, admin)
      const third = await campaign({ name: "Third" })
      await push(third.id, "quiet")
      const [later] = await deliveries(third.id)
      expect(later).toMatchObject({ status: "scheduled", reason: "after_quiet_hours" })
      const at = new Date(later.scheduled_for)
      expect(at.getTime()).toBeGreaterThan(Date.now())
      expect(new Date(at.getTime() + 60 * 60_000).getUTCHours()).toBe(quiet.end)
      expect(await notifications(c0.id)).toHaveLength(1)
    })

    it("unsubscribes with one click, records opens and clicks, and attributes the click", async () => {
      const [c0] = shop.customers
      await consent(c0.token, { feed: true, email: true })
      await cart(c0.token, shop.p.shirt.variantId)
      const cmp = await campaign({})
      await push(cmp.id, "links")
      const [note] = await notifications(c0.id)
      const data = note.data as any
      const [delivery] = (await deliveries(cmp.id)).filter((d: any) => d.status === "sent")

      // the open pixel and a tracked link (outside /store: mail clients send no publishable key)
      const pixel = await api.get(new URL(data.open_pixel_url).pathname, { responseType: "arraybuffer" })
      expect(pixel.headers["content-type"]).toBe("image/gif")
      const click = await api.get(new URL(data.items[0].url).pathname, { maxRedirects: 0, validateStatus: () => true })
      expect(click.status).toBe(302)
      const { data: product } = await api.get(`/store/products/${data.items[0].id}`, shop.store.storeHeaders())
      // to the product on the storefront, carrying the recommendation id for the storefront's own events
      expect(click.headers.location).toBe(`http://localhost:8000/products/${product.product.handle}?rec=${encodeURIComponent(delivery.recommendation_id)}`)
      const after = await knex()("finesse_rec_delivery").where({ id: delivery.id }).first()
      expect(after).toMatchObject({ open_count: 1, click_count: 1 })
      expect(after.clicked_at).not.toBeNull()
      const clickEvents = await knex()("finesse_event").where({ type: "recommendation_clicked", customer_id: c0.id })
      expect(clickEvents).toHaveLength(1)
      expect(clickEvents[0]).toMatchObject({ recommendation_id: delivery.recommendation_id, product_id: product.product.id, source: "server" })
      // a forged link counts nothing
      const forged = await api.get("/finesse/push/c/eyJ0IjoiayJ9.forged", { maxRedirects: 0, validateStatus: () => true })
      expect([forged.status, forged.headers.location]).toEqual([302, "http://localhost:8000"])
      expect((await knex()("finesse_rec_delivery").where({ id: delivery.id }).first()).click_count).toBe(1)

      // one-click unsubscribe from the message's link (storefront API and the mail client's POST)
      const token = new URL(data.unsubscribe_url).searchParams.get("token")!
      const badToken = await expectStatus(api.post("/store/finesse/push/unsubscribe", { token: `${token}x` }, shop.store.storeHeaders()))
      expect([badToken.status, badToken.data.message]).toEqual([400, expect.stringContaining("token")])
      const landing = await api.get(`/finesse/push/unsubscribe?token=${encodeURIComponent(token)}`)
      expect(landing.data).toContain("<form method=\"post\"")
      const { data: un } = await api.post("/store/finesse/push/unsubscribe", { token }, shop.store.storeHeaders())
      expect(un.unsubscribed.channels).toEqual(["feed"])
      const oneClick = await api.post(`/finesse/push/unsubscribe?token=${encodeURIComponent(token)}`, "List-Unsubscribe=One-Click", {
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      })
      expect(oneClick.data.unsubscribed.channels).toEqual(["feed"])
      const prefs = (await api.get("/store/finesse/push/preferences", shop.store.storeHeaders(c0.token))).data.preferences
      expect(prefs).toMatchObject({ feed: false, email: true })
      expect(prefs.unsubscribed_at).not.toBeNull()

      // no more messages on that channel
      await cart(c0.token, shop.p.mug.variantId)
      await api.post(settings, { push: { caps: { per_day: 0, per_week: 0 } } }, admin)
      const again = await campaign({ name: "Again" })
      await push(again.id, "after-unsubscribe")
      expect((await deliveries(again.id)).every((d: any) => d.reason === "no_consent")).toBe(true)
    })

    it("tells a customer who viewed a product that its price dropped", async () => {
      // c3 bought the mug and tea, never the tie (a buyer of the tie since the view is not told)
      const c3 = shop.customers[3]
      await consent(c3.token, { feed: true })
      // c3 looked at the tie a minute ago
      await api.post("/store/finesse/events", { events: [event("product_viewed", "pd-0", { product_id: shop.p.tie.id }, 60_000)] }, shop.store.storeHeaders(c3.token))
      const cmp = await campaign({ name: "Price drop", trigger: "price_drop", params: { lookback_days: 14, min_drop_percent: 10 } })
      // the first run only records today's prices
      expect((await push(cmp.id, "pd-0")).result.summary[cmp.id].candidates).toBe(0)
      expect(await knex()("finesse_rec_product_state").where({ product_id: shop.p.tie.id }).first()).toMatchObject({ price: 2500, in_stock: true })
      await updateProductVariantsWorkflow(getContainer()).run({
        input: { selector: { id: shop.p.tie.variantId }, update: { prices: [{ amount: 19, currency_code: "eur" }] } },
      })
      // the price change reaches serving's cards through the catalog subscriber; the next run sees the drop
      let run = 0
      await waitFor(
        async () => {
          await push(cmp.id, `pd-${++run}`)
          return knex()("finesse_rec_product_state").where({ product_id: shop.p.tie.id }).first()
        },
        (s: any) => s?.price === 1900,
        60_000,
        500
      )
      expect(await knex()("finesse_rec_product_state").where({ product_id: shop.p.tie.id }).first()).toMatchObject({ price: 1900, previous_price: 2500 })
      const [d] = await deliveries(cmp.id)
      expect(d).toMatchObject({ customer_id: c3.id, status: "sent" })
      const [note] = await notifications(c3.id)
      expect(note.data).toMatchObject({ product_id: shop.p.tie.id, before: 2500, after: 1900, drop_percent: 24, items: expect.arrayContaining([expect.objectContaining({ id: shop.p.tie.id, price: 19 })]) })
      // the same drop never makes a second message
      await push(cmp.id, "pd-again")
      expect(await notifications(c3.id)).toHaveLength(1)
    })

    it("fails an e-mail message visibly when no provider serves the channel, and validates campaigns", async () => {
      const [c0] = shop.customers
      await consent(c0.token, { email: true })
      await cart(c0.token, shop.p.shirt.variantId)
      const cmp = await campaign({ channel: "email" })
      const job = await push(cmp.id, "email")
      expect(job.result).toMatchObject({ failed: 1 })
      const [d] = await deliveries(cmp.id)
      expect(d.status).toBe("failed")
      expect(d.reason).toMatch(/provider/i)

      for (const [body, field] of [
        [{ name: "x", trigger: "birthday" }, "trigger"],
        [{ name: "x", trigger: "price_drop", channel: "pigeon" }, "channel"],
        [{ name: "x", trigger: "price_drop", params: { after_days: 1 } }, "after_days"],
        [{ name: "x", trigger: "price_drop", item_count: 0 }, "item_count"],
      ] as const) {
        const r = await expectStatus(api.post(campaigns, body, admin))
        expect([r.status, r.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      expect((await expectStatus(api.get(`${campaigns}/frcmp_missing`, admin))).status).toBe(404)
      expect((await expectStatus(api.post(`${campaigns}/frcmp_missing/run`, {}, admin))).status).toBe(404)
      const list = await api.get(`${campaigns}?limit=5`, admin)
      expect(list.data).toMatchObject({ count: 1, limit: 5, offset: 0 })
    })
  },
})
