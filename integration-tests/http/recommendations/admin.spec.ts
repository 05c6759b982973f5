import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { placeOrder } from "../../helpers/store-fixture"
import { event, recsUrl, runJob, seedShop, sendEvents, train, type Shop } from "./fixtures"

jest.setTimeout(300_000)
process.env.FINESSE_RECS_REFRESH_MS = "0"
process.env.FINESSE_RECS_SESSION_TTL_MS = "0"

const base = "/admin/finesse/recommendations"
const ids = (r: any) => r.data.recommendation.products.map((p: any) => p.id)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let admin: { headers: Record<string, string> }
    const get = (q: Record<string, string | number | undefined>, token?: string) =>
      api.get(recsUrl({ region_id: shop.store.regionId, ...q }), shop.store.storeHeaders(token))

    // seeded once: the test runner snapshots the database after this and restores it before every test
    beforeAll(async () => {
      admin = await adminHeaders(getContainer())
      shop = await seedShop(getContainer(), api)
    })

    it("requires an admin login on every route (401)", async () => {
      const calls = [
        () => api.get(`${base}/status`),
        () => api.get(`${base}/versions`),
        () => api.post(`${base}/train`, {}),
        () => api.post(`${base}/rollback`, {}),
        () => api.get(`${base}/preview?placement=trending`),
        () => api.get(`${base}/rules`),
        () => api.post(`${base}/rules`, {}),
        () => api.get(`${base}/experiments`),
        () => api.get(`${base}/performance`),
        () => api.post(`${base}/settings`, {}),
        () => api.get(`${base}/products/prod_1`),
        () => api.get("/admin/finesse/campaigns"),
      ]
      for (const c of calls) expect((await expectStatus(c())).status).toBe(401)
    })

    it("answers 400 naming the field and 404 for unknown ids", async () => {
      const bad: [string, unknown, string][] = [
        [`${base}/rules`, { name: "x", action: "boost", target_type: "product", target_id: "p", weight: 0.5 }, "weight"],
        [`${base}/rules`, { name: "x", action: "bury", target_type: "product", target_id: "p", weight: 2 }, "weight"],
        [`${base}/rules`, { name: "x", action: "explode", target_type: "product", target_id: "p" }, "action"],
        [`${base}/rules`, { name: "x", action: "pin", target_type: "brand", target_id: "p" }, "target_type"],
        [`${base}/rules`, { name: "x", action: "pin", target_type: "product" }, "target_id"],
        [`${base}/rules`, { name: "x", action: "pin", target_type: "product", target_id: "p", starts_at: "2030-01-02T00:00:00Z", ends_at: "2030-01-01T00:00:00Z" }, "ends_at"],
        [`${base}/rules`, { name: "x", action: "pin", target_type: "product", target_id: "p", placement: "sidebar" }, "placement"],
        [`${base}/experiments`, { name: "x", placement: "for_you", strategy_a: "blended", strategy_b: "blended" }, "strategy_b"],
        [`${base}/experiments`, { name: "x", placement: "for_you", strategy_b: "magic" }, "strategy_b"],
        [`${base}/experiments`, { name: "x", placement: "for_you", strategy_b: "trending", traffic_b: 100 }, "traffic_b"],
        [`${base}/settings`, { attribution_window_hours: 0 }, "attribution_window_hours"],
        [`${base}/settings`, { push: { quiet_hours: { start: 25, end: 7 } } }, "push.quiet_hours.start"],
        [`${base}/settings`, { colour: "red" }, "colour"],
        [`${base}/train`, { holdout_days: 0 }, "holdout_days"],
      ]
      for (const [url, body, field] of bad) {
        const r = await expectStatus(api.post(url, body, admin))
        expect([url, r.status, r.data.message]).toEqual([url, 400, expect.stringContaining(field)])
      }
      for (const url of [`${base}/performance?from=yesterday`, `${base}/performance?group_by=colour`, `${base}/preview?placement=similar`, `${base}/versions?limit=1000`]) {
        const r = await expectStatus(api.get(url, admin))
        expect(r.status).toBe(400)
      }
      for (const c of [
        () => api.get(`${base}/versions/frmv_missing`, admin),
        () => api.post(`${base}/versions/frmv_missing/activate`, {}, admin),
        () => api.get(`${base}/rules/frrule_missing`, admin),
        () => api.post(`${base}/rules/frrule_missing`, { enabled: false }, admin),
        () => api.delete(`${base}/rules/frrule_missing`, admin),
        () => api.get(`${base}/experiments/frexp_missing`, admin),
        () => api.post(`${base}/experiments/frexp_missing/start`, {}, admin),
      ]) {
        expect((await expectStatus(c())).status).toBe(404)
      }
      // nothing trained yet: no version to roll back to
      expect((await expectStatus(api.post(`${base}/rollback`, {}, admin))).status).toBe(400)
    })

    it("trains versions with progress and evaluation, switches serving atomically and rolls back", async () => {
      const first = await train(api, admin)
      expect(first).toMatchObject({ progress: 100, message: `version ${first.result.version} serves` })
      // nothing older to roll back to yet
      expect((await api.get(`${base}/status`, admin)).data.status.rollback_to).toBeNull()
      const second = await train(api, admin)
      const { data: status } = await api.get(`${base}/status`, admin)
      expect(status.status.serving).toMatchObject({ id: second.result.version_id, status: "ready", serving: true })
      expect(status.status.rollback_to).toEqual({ id: first.result.version_id, number: first.result.version })
      expect(status.status.serving.metrics).toMatchObject({ k: 10, models: { for_you: { all: expect.any(Object), new: expect.any(Object) } } })

      const { data: list } = await api.get(`${base}/versions?limit=10`, admin)
      expect(list.count).toBe(2)
      expect(list.versions.map((v: any) => [v.id, v.serving])).toEqual([
        [second.result.version_id, true],
        [first.result.version_id, false],
      ])
      const { data: one } = await api.get(`${base}/versions/${first.result.version_id}`, admin)
      expect(one.version.artefacts.map((a: any) => a.kind).sort()).toEqual(
        ["association-rules", "buy-again", "content-tfidf", "ease", "item-similarity", "popularity", "purchase-history", "segment-popularity", "trending"]
      )
      // serving follows: the store endpoint names the serving version
      expect((await get({ placement: "trending" })).data.recommendation.model_version).toBe(second.result.version)

      const { data: rolled } = await api.post(`${base}/rollback`, {}, admin)
      expect(rolled.version).toMatchObject({ id: first.result.version_id, serving: true })
      expect((await get({ placement: "trending" })).data.recommendation.model_version).toBe(first.result.version)
      const again = await api.post(`${base}/versions/${second.result.version_id}/activate`, {}, admin)
      expect(again.data.version.serving).toBe(true)
      const twice = await expectStatus(api.post(`${base}/versions/${second.result.version_id}/activate`, {}, admin))
      expect([twice.status, twice.data.message]).toEqual([400, expect.stringContaining("already serving")])
      // exactly one serving version at all times
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      expect((await knex("finesse_rec_model_version").where({ serving: true })).length).toBe(1)
    })

    it("applies merchandising rules at serving time: pin, block, boost, bury, placement and schedule", async () => {
      await train(api, admin)
      const similar = () => get({ placement: "similar", product_id: shop.p.shirt.id, limit: 4 }).then(ids)
      const before = await similar()
      expect(before[0]).toBe(shop.p.tie.id)

      const pin = await api.post(`${base}/rules`, { name: "Pin the mug", action: "pin", target_type: "product", target_id: shop.p.mug.id, placement: "similar", position: 1 }, admin)
      expect(pin.status).toBe(201)
      const pinned = await get({ placement: "similar", product_id: shop.p.shirt.id, limit: 4 })
      expect(pinned.data.recommendation.products[0]).toMatchObject({ id: shop.p.mug.id, pinned: true, reasons: ["pinned"] })
      // the pin is for "similar" only
      expect(ids(await get({ placement: "bought_together", product_id: shop.p.shirt.id, limit: 1 }))).toEqual([shop.p.tie.id])
      await api.post(`${base}/rules/${pin.data.rule.id}`, { enabled: false }, admin)
      expect(await similar()).toEqual(before)

      // block a whole category (accessories: tie, hat, socks)
      const block = await api.post(`${base}/rules`, { name: "No accessories", action: "block", target_type: "category", target_id: shop.p.tie.categoryId }, admin)
      const blocked = await similar()
      for (const id of [shop.p.tie.id, shop.p.hat.id, shop.p.socks.id]) expect(blocked).not.toContain(id)
      await api.delete(`${base}/rules/${block.data.rule.id}`, admin)

      // bury the tie: it drops below the others
      await api.post(`${base}/rules`, { name: "Bury tie", action: "bury", target_type: "product", target_id: shop.p.tie.id, weight: 0.01 }, admin)
      const buried = await similar()
      expect(buried[0]).not.toBe(shop.p.tie.id)
      expect(buried.indexOf(shop.p.tie.id)).not.toBe(0)

      // a rule scheduled for next year does nothing today
      await api.post(
        `${base}/rules`,
        { name: "Later", action: "pin", target_type: "product", target_id: shop.p.tea.id, position: 1, starts_at: new Date(Date.now() + 365 * 86_400_000).toISOString() },
        admin
      )
      expect((await similar())[0]).not.toBe(shop.p.tea.id)
      const { data: rules } = await api.get(`${base}/rules?limit=10`, admin)
      expect(rules.count).toBe(3)
    })

    it("splits a placement between two strategies by visitor and reports click-through and conversion", async () => {
      await train(api, admin)
      const { data: created } = await api.post(`${base}/experiments`, { name: "EASE vs popularity", placement: "for_you", strategy_a: "blended", strategy_b: "trending", traffic_b: 50 }, admin)
      expect(created.experiment).toMatchObject({ status: "draft", strategy_a: "blended", strategy_b: "trending" })
      const started = await api.post(`${base}/experiments/${created.experiment.id}/start`, {}, admin)
      expect(started.data.experiment.status).toBe("running")
      const { data: rival } = await api.post(`${base}/experiments`, { name: "Rival", placement: "for_you", strategy_b: "content" }, admin)
      const conflict = await expectStatus(api.post(`${base}/experiments/${rival.experiment.id}/start`, {}, admin))
      expect(conflict.status).toBe(409)
      const running = await expectStatus(api.post(`${base}/experiments/${created.experiment.id}`, { traffic_b: 10 }, admin))
      expect(running.status).toBe(400)

      const n = created.experiment.number
      const arms: Record<string, string[]> = { a: [], b: [] }
      const served: Record<string, any> = {}
      for (let i = 0; i < 30; i++) {
        const anon = `exp-visitor-${i}`
        const r = (await get({ placement: "for_you", anonymous_id: anon, limit: 3 })).data.recommendation
        expect(r.experiment).toMatchObject({ id: created.experiment.id, number: n })
        expect(r.recommendation_id).toMatch(new RegExp(`\\.e${n}${r.experiment.variant}$`))
        expect(r.strategy).toBe(r.experiment.variant === "a" ? "blended" : "trending")
        // the same visitor always lands in the same arm
        expect((await get({ placement: "for_you", anonymous_id: anon, limit: 3 })).data.recommendation.experiment.variant).toBe(r.experiment.variant)
        arms[r.experiment.variant].push(anon)
        served[anon] = r
      }
      expect(arms.a.length).toBeGreaterThan(3)
      expect(arms.b.length).toBeGreaterThan(3)
      // every visitor sees the list; in arm B every visitor clicks, in arm A only the first
      const events: unknown[] = []
      for (const [arm, visitors] of Object.entries(arms)) {
        visitors.forEach((anon, i) => {
          const r = served[anon]
          events.push(event("recommendation_shown", anon, { recommendation_id: r.recommendation_id, placement: "for_you", product_ids: r.products.map((p: any) => p.id) }, 5000))
          if (arm === "b" || i === 0) events.push(event("recommendation_clicked", anon, { recommendation_id: r.recommendation_id, placement: "for_you", product_id: r.products[0].id }, 4000))
        })
      }
      await sendEvents(api, shop.store, events)
      await runJob(api, admin, "recommendations.feedback", { run: "exp" })
      const { data } = await api.get(`${base}/experiments/${created.experiment.id}`, admin)
      const res = data.experiment.results
      expect(res.a).toMatchObject({ visitors: arms.a.length, clickers: 1, impressions: arms.a.length, clicks: 1 })
      expect(res.b).toMatchObject({ visitors: arms.b.length, clickers: arms.b.length, clicks: arms.b.length })
      expect(res.click_through.rateB).toBe(1)
      expect(res.click_through.difference).toBeCloseTo(1 - 1 / arms.a.length, 10)
      expect(res.click_through.interval[0]).toBeLessThan(res.click_through.difference)
      // 30 visitors are too few for a verdict, and the report says so
      expect(res.click_through.verdict).toBe("not enough data")
      expect(res.summary).toMatch(/Click-through/)
      const stopped = await api.post(`${base}/experiments/${created.experiment.id}/stop`, {}, admin)
      expect(stopped.data.experiment.status).toBe("stopped")
      expect((await get({ placement: "for_you", anonymous_id: arms.b[0] })).data.recommendation.experiment).toBeNull()
    })

    it("attributes add-to-carts and orders to the last click within the window, by placement and model", async () => {
      const trained = await train(api, admin)
      const r = (await get({ placement: "similar", product_id: shop.p.shirt.id, limit: 3, anonymous_id: "att-1" })).data.recommendation
      expect(r.products[0].id).toBe(shop.p.tie.id)
      await sendEvents(api, shop.store, [
        event("recommendation_shown", "att-1", { recommendation_id: r.recommendation_id, placement: "similar", product_ids: r.products.map((p: any) => p.id) }, 9000),
        event("recommendation_clicked", "att-1", { recommendation_id: r.recommendation_id, placement: "similar", product_id: shop.p.tie.id }, 8000),
        event("cart_item_added", "att-1", { product_id: shop.p.tie.id, variant_id: shop.p.tie.variantId, quantity: 1 }, 7000),
        // an add-to-cart of something never clicked is not the recommendation's
        event("cart_item_added", "att-1", { product_id: shop.p.hat.id, variant_id: shop.p.hat.variantId, quantity: 1 }, 6000),
      ])
      // the visitor signs in (their browser's events join the account) and orders the tie
      const buyer = shop.customers[4]
      await sendEvents(api, shop.store, [event("page_viewed", "att-1", { path: "/checkout" }, 5000)], buyer.token)
      await placeOrder(api, shop.store, { token: buyer.token, items: [{ variantId: shop.p.tie.variantId, quantity: 2 }] })
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await waitFor(() => knex("finesse_event").where({ type: "order_placed", customer_id: buyer.id }).count("* as n").then((x: any) => Number(x[0].n)), (n) => n >= 2, 30_000, 200)
      await waitFor(() => knex("finesse_order_line_fact").where({ customer_id: buyer.id, product_id: shop.p.tie.id }).count("* as n").then((x: any) => Number(x[0].n)), (n) => n >= 1, 30_000, 200)

      const job = await runJob(api, admin, "recommendations.feedback", { run: "attr" })
      expect(job.result).toMatchObject({ impressions: 1, clicks: 1, add_to_carts: 1, orders: 1 })
      const { data } = await api.get(`${base}/performance?group_by=placement`, admin)
      const row = data.performance.rows.find((x: any) => x.key === "similar")
      expect(row).toMatchObject({ impressions: 1, clicks: 1, ctr: 1, add_to_carts: 1, orders: 1, revenue: { eur: 5000 } })
      expect(data.performance.totals).toMatchObject({ impressions: 1, clicks: 1, orders: 1 })
      expect(data.performance.series.length).toBe(30)
      const byModel = await api.get(`${base}/performance?group_by=model_version`, admin)
      expect(byModel.data.performance.rows.map((x: any) => x.key)).toEqual([String(trained.result.version)])
      // a second run reads nothing twice
      await runJob(api, admin, "recommendations.feedback", { run: "attr-2" })
      expect((await api.get(`${base}/performance`, admin)).data.performance.totals).toMatchObject({ impressions: 1, clicks: 1, orders: 1 })

      // with a one-hour window, a click two hours before an add-to-cart earns nothing
      await api.post(`${base}/settings`, { attribution_window_hours: 1 }, admin)
      const r2 = (await get({ placement: "similar", product_id: shop.p.mug.id, limit: 2, anonymous_id: "att-2" })).data.recommendation
      await sendEvents(api, shop.store, [
        event("recommendation_clicked", "att-2", { recommendation_id: r2.recommendation_id, product_id: r2.products[0].id }, 2 * 3_600_000),
        event("cart_item_added", "att-2", { product_id: r2.products[0].id, variant_id: "variant_x", quantity: 1 }, 1000),
      ])
      const late = await runJob(api, admin, "recommendations.feedback", { run: "attr-3" })
      expect(late.result).toMatchObject({ clicks: 1, add_to_carts: 0 })
    })

    it("previews a placement for a chosen customer and shows a product's lists for the product page widget", async () => {
      await train(api, admin)
      const { data } = await api.get(`${base}/preview?placement=for_you&customer_id=${shop.customers[3].id}&sales_channel_id=${shop.store.channelId}&limit=2`, admin)
      expect(data.recommendation.products.map((p: any) => p.id).sort()).toEqual([shop.p.mug.id, shop.p.tea.id].sort())
      const forced = await api.get(`${base}/preview?placement=similar&product_id=${shop.p.shirt.id}&strategy=content&limit=1`, admin)
      expect(forced.data.recommendation).toMatchObject({ strategy: "content", products: [{ id: shop.p.socks.id }] })
      const { data: widget } = await api.get(`${base}/products/${shop.p.shirt.id}`, admin)
      expect(widget.product_recommendations.bought_together.products[0].id).toBe(shop.p.tie.id)
      expect(widget.product_recommendations.similar.products.length).toBeGreaterThan(0)
      const { data: meta } = await api.get(`${base}/meta`, admin)
      expect(meta.meta.placements.map((p: any) => p.value)).toEqual(["similar", "bought_together", "complete_your_order", "for_you", "buy_again", "trending", "post_purchase", "email"])
    })
  },
})
