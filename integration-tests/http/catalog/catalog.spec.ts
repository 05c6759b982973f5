import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"
import { DAY, createCatalogProducts, insertEvents, insertLineFacts, runJob, type CatalogFixture } from "./fixtures"

jest.setTimeout(240_000)

const C = "/admin/finesse/catalog"

/**
 * The catalog plugin over HTTP: real Medusa products, categories, inventory levels and one real checkout (its
 * reservation), order line facts and behaviour events written into core's tables; the quality, category, forecast
 * and replenishment jobs run once through their routes before the tests (the runner snapshots the database after
 * beforeAll), then each test reads or changes what they produced.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let analyst: { headers: Record<string, string> }
    let store: StoreFixture
    let fx: CatalogFixture
    const now = Date.now()

    beforeAll(async () => {
      const t0 = Date.now()
      const lap = (what: string) => console.log(`[catalog spec] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`)
      const container = getContainer()
      admin = await adminHeaders(container, `catalog-admin-${now}@finesse.test`)
      analyst = await adminHeaders(container, `catalog-analyst-${now}@finesse.test`)
      const analystId = (await api.get("/admin/users/me", analyst)).data.user.id
      await api.post("/admin/finesse/roles", { user_id: analystId, role: "analyst" }, admin)
      store = await createStoreFixture(container)
      fx = await createCatalogProducts(container, store)
      lap("store and products")
      // the rising product: 1, 2 … 10 lines a week over the last ten weeks (most recent first), nothing before
      await insertLineFacts(container, store, [
        { variantId: fx.rising.variantId, productId: fx.rising.id, weekly: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1] },
        { variantId: fx.complete.variantId, productId: fx.complete.id, weekly: Array.from({ length: 30 }, (_, k) => 2 + (k % 3)) },
      ])
      // a real checkout of the rising product: Medusa reserves 2 of its 5 units at the warehouse
      await placeOrder(api, store, { items: [{ variantId: fx.rising.variantId, quantity: 2 }] })
      const t = now - 3 * DAY
      await insertEvents(container, [
        ...[1, 2, 3, 4].map((i) => ({ type: "search", session: `s-gap-${i}`, at: t + i * 1000, query: "Linen Jumpsuit", result_count: 0 })),
        ...[1, 2, 3, 4, 5, 6].flatMap((i) => [
          { type: "category_viewed", session: `s-nav-${i}`, at: t + i * 60_000, category_id: fx.shirts },
          { type: "product_viewed", session: `s-nav-${i}`, at: t + i * 60_000 + 5000, product_id: fx.complete.id },
        ]),
        { type: "category_viewed", session: "s-nav-hat", at: t, category_id: fx.hats },
      ])
      lap("facts, checkout and events")
      await runJob(api, admin, "quality/run")
      await runJob(api, admin, "categories/run", { days: 30 })
      lap("quality and categories")
      const forecast = await runJob(api, admin, "forecasts/run", { granularity: "week" })
      const replenish = await waitFor(
        () => api.get(`/admin/finesse/jobs/${forecast.result.replenishment_job_id}`, admin).then((x: any) => x.data.job),
        (j: any) => ["completed", "failed"].includes(j.state),
        120_000,
        250
      )
      if (replenish.state !== "completed") throw new Error(`replenishment failed: ${replenish.error}`)
      lap("forecast and replenishment")
    })

    describe("access", () => {
      it("401 without a login; analysts read but do not write (403)", async () => {
        for (const [method, path] of [
          ["get", `${C}/quality/todo`],
          ["get", `${C}/replenishment/export`],
          ["post", `${C}/lead-times`],
        ] as const) {
          const r = await expectStatus(method === "get" ? api.get(path) : api.post(path, {}))
          expect([path, r.status]).toEqual([path, 401])
        }
        expect((await api.get(`${C}/replenishment`, analyst)).status).toBe(200)
        for (const [path, body] of [
          [`${C}/forecasts/run`, {}],
          [`${C}/lead-times/import`, { csv: "sku,lead_time_days\nX,3" }],
          [`${C}/quality/rules/images`, { enabled: false }],
        ] as const) {
          const r = await expectStatus(api.post(path, body, analyst))
          expect([path, r.status, r.data.message]).toEqual([path, 403, expect.stringContaining('your role is "analyst"')])
        }
      })

      it("400 names the field; 404 for what does not exist", async () => {
        const cases: [() => Promise<any>, string][] = [
          [() => api.post(`${C}/lead-times`, { rows: [{ sku: fx.rising.sku, lead_time_days: -2 }] }, admin), "rows[0].lead_time_days"],
          [() => api.post(`${C}/lead-times`, { rows: [{ lead_time_days: 3 }] }, admin), "rows[0].sku"],
          [() => api.post(`${C}/lead-times`, { rows: [{ sku: fx.rising.sku, lead_time_days: 3, order_cost: 500 }] }, admin), "rows[0].currency_code"],
          [() => api.get(`${C}/replenishment?order=cheapest`, admin), "order"],
          [() => api.get(`${C}/quality/todo?limit=0`, admin), "limit"],
          [() => api.post(`${C}/forecasts/run`, { granularity: "month" }, admin), "granularity"],
          [() => api.post(`${C}/quality/rules/images`, { args: { min: 0 } }, admin), "args.min"],
          [() => api.post(`${C}/policy`, { service_level: 1.5 }, admin), "service_level"],
          [() => api.post(`${C}/lead-times`, { rows: [{ sku: "NO-SUCH-SKU", lead_time_days: 3 }] }, admin), "rows[0].sku"],
        ]
        for (const [p, field] of cases) {
          const r = await expectStatus(p())
          expect([field, r.status]).toEqual([field, 400])
          expect(r.data.message).toContain(field)
        }
        for (const path of [`${C}/quality/products/prod_missing`, `${C}/forecasts/variants/variant_missing`, `${C}/products/prod_missing`]) {
          expect([path, (await expectStatus(api.get(path, admin))).status]).toEqual([path, 404])
        }
        expect((await expectStatus(api.post(`${C}/quality/rules/no_such_rule`, { enabled: false }, admin))).status).toBe(404)
        expect((await expectStatus(api.delete(`${C}/lead-times/fclt_missing`, admin))).status).toBe(404)
      })
    })

    describe("catalogue quality", () => {
      it("ranks the fixes of real Medusa products: the incomplete product's, with what is wrong and the fix", async () => {
        const { data } = await api.get(`${C}/quality/todo?limit=100`, admin)
        const mine = data.todo.filter((t: any) => t.product_id === fx.incomplete.id)
        expect(mine.map((t: any) => t.code).sort()).toEqual(["cost_present", "description_length", "images", "shipping_dimensions", "title_length"])
        expect(mine.find((t: any) => t.code === "images")).toMatchObject({ message: "no images", fix: expect.stringContaining("add 3 more images") })
        expect(mine.find((t: any) => t.code === "description_length").message).toBe("no description")
        expect(data.todo.filter((t: any) => t.product_id === fx.complete.id)).toEqual([])
        // ranked: priority never rises down the list
        for (let i = 1; i < data.todo.length; i++) expect(data.todo[i].priority).toBeLessThanOrEqual(data.todo[i - 1].priority + 1e-9)
        const filtered = await api.get(`${C}/quality/todo?code=images&limit=5`, admin)
        expect(filtered.data.todo.every((t: any) => t.code === "images")).toBe(true)
        const complete = (await api.get(`${C}/quality/products/${fx.complete.id}`, admin)).data.quality
        expect(complete.score).toBe(100)
        const incomplete = (await api.get(`${C}/quality/products/${fx.incomplete.id}`, admin)).data.quality
        expect(incomplete.score).toBeLessThan(60)
        const summary = (await api.get(`${C}/quality`, admin)).data.quality
        expect(summary.products).toBeGreaterThanOrEqual(10)
        expect(summary.rules.find((r: any) => r.code === "images").products).toBeGreaterThanOrEqual(1)
      })

      it("a rule setting changes the next scoring and is audited with its author", async () => {
        const r = await api.post(`${C}/quality/rules/title_length`, { enabled: false }, admin)
        expect(r.data.rule).toMatchObject({ code: "title_length", enabled: false })
        await runJob(api, admin, "quality/run")
        const { data } = await api.get(`${C}/quality/todo?product_id=${fx.incomplete.id}&limit=20`, admin)
        expect(data.todo.map((t: any) => t.code)).not.toContain("title_length")
        const rules = (await api.get(`${C}/quality/rules`, admin)).data.rules
        expect(rules.find((x: any) => x.code === "title_length").enabled).toBe(false)
        const audit = (await api.get(`/admin/finesse/audit?action=catalog.quality_rule.updated`, admin)).data
        expect(audit.entries[0]).toMatchObject({ action: "catalog.quality_rule.updated", resource_id: "title_length", summary: expect.stringContaining("title_length off") })
        expect(audit.entries[0].actor_id).toBe((await api.get("/admin/users/me", admin)).data.user.id)
      })
    })

    describe("categories and gaps", () => {
      it("flags the overloaded category, reads navigation, suggests a split, and finds the searched term with no product", async () => {
        const health = (await api.get(`${C}/categories/health?flag=overloaded`, admin)).data
        expect(health.categories.map((c: any) => c.category_id)).toEqual([fx.shirts])
        expect(health.categories[0]).toMatchObject({ direct_products: 7, views: 6, sessions: 6 })
        const all = (await api.get(`${C}/categories/health?limit=100`, admin)).data.categories
        expect(all.find((c: any) => c.category_id === fx.hats)).toMatchObject({ direct_products: 2, exits: 1 })
        const analysis = (await api.get(`${C}/categories`, admin)).data.categories
        expect(analysis.suggestions.some((s: any) => s.kind === "split" && s.categoryId === fx.shirts)).toBe(true)
        const gaps = (await api.get(`${C}/gaps`, admin)).data.gaps
        expect(gaps.searches[0]).toMatchObject({ query: "linen jumpsuit", searches: 4, zeroResultSearches: 4 })
      })
    })

    describe("forecast and replenishment", () => {
      it("forecasts the variant per stock location from its facts, with 80 % and 95 % intervals", async () => {
        const { data } = await api.get(`${C}/forecasts/variants/${fx.rising.variantId}?history=12`, admin)
        const f = data.forecast
        expect(f.run.horizon).toBe(8)
        expect(f.locations).toHaveLength(1)
        const loc = f.locations[0]
        expect(loc.location_id).toBe(fx.locationId)
        // the facts, most recent week last
        expect(loc.history.map((h: any) => h.units)).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        expect(loc.forecast).toHaveLength(8)
        for (const p of loc.forecast) {
          expect(p.lower_95).toBeLessThanOrEqual(p.lower_80)
          expect(p.lower_80).toBeLessThanOrEqual(p.point)
          expect(p.point).toBeLessThanOrEqual(p.upper_80)
          expect(p.upper_80).toBeLessThanOrEqual(p.upper_95)
        }
        expect(loc.forecast[0].mean).toBeGreaterThan(2)
        expect(typeof loc.method).toBe("string")
        const list = (await api.get(`${C}/forecasts?q=${encodeURIComponent(fx.rising.sku)}`, admin)).data
        expect(list.forecasts.map((x: any) => x.variant_id)).toEqual([fx.rising.variantId])
      })

      it("plans a reorder from the forecast and Medusa's inventory level (stocked, reserved) and says why", async () => {
        const { data } = await api.get(`${C}/replenishment?reorder=true&limit=50`, admin)
        const row = data.replenishment.find((r: any) => r.variant_id === fx.rising.variantId)
        expect(row).toMatchObject({ location_id: fx.locationId, stocked: 5, reserved: 2, available: 3, reorder: true, lead_time_source: "policy_default", lead_time_days: 14 })
        expect(row.suggested_qty).toBeGreaterThan(0)
        expect(row.stockout_risk).toBeGreaterThan(0.5)
        expect(row.order_value).toBe(row.suggested_qty * 1200)
        expect(row.reason).toMatch(/^inventory position 3 < order-up-to level \d+ \(lead time 14 d ± 3/)
        // the most urgent first
        expect(data.replenishment[0].stockout_risk).toBeGreaterThanOrEqual(row.stockout_risk)
        expect(data.summary.reorder).toBeGreaterThanOrEqual(1)
        const widget = (await api.get(`${C}/products/${fx.rising.id}`, admin)).data.product
        expect(widget.quality.score).toBe(100)
        expect(widget.forecast.variants[0].variant_id).toBe(fx.rising.variantId)
        expect(widget.replenishment[0].reorder).toBe(true)
      })

      it("exports the purchase suggestions as CSV", async () => {
        const r = await api.get(`${C}/replenishment/export`, admin)
        expect(r.headers["content-type"]).toContain("text/csv")
        expect(r.headers["content-disposition"]).toMatch(/attachment; filename="purchase-suggestions-\d{4}-\d{2}-\d{2}\.csv"/)
        const [head, ...lines] = String(r.data).trimEnd().split("\n")
        const cols = head.split(",")
        expect(cols.slice(0, 7)).toEqual(["variant_id", "sku", "title", "location_id", "location_name", "supplier", "suggested_qty"])
        const mine = lines.map((l) => l.split(",")).find((c) => c[0] === fx.rising.variantId)!
        expect(mine[cols.indexOf("location_id")]).toBe(fx.locationId)
        const qty = Number(mine[cols.indexOf("suggested_qty")])
        expect(qty).toBeGreaterThan(0)
        expect(mine[cols.indexOf("order_value")]).toBe((qty * 12).toFixed(2))
        expect(mine[cols.indexOf("currency_code")]).toBe("eur")
        // only what to reorder, unless asked for everything
        const all = await api.get(`${C}/replenishment/export?reorder=false`, admin)
        expect(String(all.data).trimEnd().split("\n").length).toBeGreaterThan(lines.length + 1)
      })

      it("classifies the range into the ABC/XYZ matrix", async () => {
        const m = (await api.get(`${C}/abc-xyz`, admin)).data.matrix
        expect(m.cells).toHaveLength(9)
        expect(m.cells.reduce((a: number, c: any) => a + c.variants, 0)).toBe(m.totals.variants)
        const top = (await api.get(`${C}/abc-xyz/variants?order=rank&limit=3`, admin)).data.variants
        expect(top[0].abc).toBe("A")
        expect([fx.complete.variantId, fx.rising.variantId]).toContain(top[0].variant_id)
      })
    })

    describe("supplier lead times", () => {
      it("entered terms replace the default in the next plan, and show in the audit log", async () => {
        const r = await api.post(`${C}/lead-times`, { rows: [{ sku: fx.rising.sku, location: "Berlin warehouse", supplier: "Linen Mill", lead_time_days: 30, lead_time_sd_days: 4, pack_size: 6, moq: 12, order_cost: 2500, currency_code: "EUR" }] }, admin)
        expect(r.data.lead_times[0]).toMatchObject({ variant_id: fx.rising.variantId, location_id: fx.locationId, lead_time_days: 30, pack_size: 6, source: "manual" })
        await runJob(api, admin, "replenishment/run")
        const row = (await api.get(`${C}/replenishment?variant_id=${fx.rising.variantId}`, admin)).data.replenishment[0]
        expect(row).toMatchObject({ supplier: "Linen Mill", lead_time_days: 30, lead_time_source: "variant_location" })
        expect(row.suggested_qty % 6).toBe(0)
        expect(row.suggested_qty).toBeGreaterThanOrEqual(12)
        const audit = (await api.get(`/admin/finesse/audit?action=catalog.lead_times.saved`, admin)).data
        expect(audit.entries[0].summary).toBe("1 supplier lead time entered (0 replaced)")
      })

      it("imports a CSV: good lines stored, each bad line reported with its line number and field", async () => {
        const csv = [
          "sku,location,supplier,lead_time_days,lead_time_sd_days,pack_size,moq,order_cost,currency_code",
          `${fx.complete.sku},,Oxford Co,21,3,1,6,40.00,eur`,
          "NO-SUCH-SKU,,Nobody,10,,,,,",
          `${fx.rising.sku},Atlantis depot,Linen Mill,12,,,,,`,
          `${fx.rising.sku},,Linen Mill,abc,,,,,`,
          `${fx.rising.sku},,Linen Mill,9,,,,,`,
        ].join("\n")
        const { data } = await api.post(`${C}/lead-times/import`, { csv, filename: "suppliers.csv" }, admin)
        expect(data).toMatchObject({ imported: 2, lines: 5 })
        expect(data.errors).toEqual([
          { line: 3, field: "sku", message: "no variant with SKU NO-SUCH-SKU" },
          { line: 4, field: "location", message: expect.stringContaining('no stock location "Atlantis depot"') },
          { line: 5, field: "lead_time_days", message: expect.stringContaining('"abc" is not a number') },
        ])
        const list = (await api.get(`${C}/lead-times?limit=50`, admin)).data
        expect(list.lead_times.find((l: any) => l.variant_id === fx.complete.variantId)).toMatchObject({ supplier: "Oxford Co", lead_time_days: 21, order_cost: 4000, currency_code: "eur", source: "import", location_id: null })
        expect(list.lead_times.find((l: any) => l.variant_id === fx.rising.variantId && l.location_id === null)).toMatchObject({ lead_time_days: 9 })
        const audit = (await api.get(`/admin/finesse/audit?action=catalog.lead_times.imported`, admin)).data
        expect(audit.entries[0].summary).toBe("Lead times imported from suppliers.csv: 2 of 5 lines stored, 3 with errors")
        const del = await api.delete(`${C}/lead-times/${list.lead_times.find((l: any) => l.variant_id === fx.complete.variantId).id}`, admin)
        expect(del.data).toMatchObject({ deleted: true })
      })
    })
  },
})
