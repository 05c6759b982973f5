import type { SuiteContext } from "../../helpers/suite"
import type { SharedStore } from "./core.spec"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"


export function costsSuite({ api, getContainer }: SuiteContext, shared: SharedStore) {
    let store: StoreFixture
    let admin: { headers: Record<string, string> }
    const job = (id: string) => api.get(`/admin/finesse/jobs/${id}`, admin).then((r: any) => r.data.job)
    const settled = (j: any) => ["completed", "failed", "cancelled"].includes(j.state)

    // the spec makes the store once for every suite (the runner restores that snapshot before every test)
    beforeAll(() => {
      store = shared.store
      admin = shared.admin
    })

    it("needs an admin login on every cost route", async () => {
      for (const call of [
        () => api.get("/admin/finesse/costs"),
        () => api.post("/admin/finesse/costs", { costs: [] }),
        () => api.delete("/admin/finesse/costs/fvc_x"),
        () => api.post("/admin/finesse/costs/import", { csv: "a" }),
        () => api.get(`/admin/finesse/products/${store.products[0].id}/costs`),
      ]) {
        expect((await expectStatus(call())).status).toBe(401)
      }
    })

    it("sets, lists, shows per product and deletes costs; 400 names the field, 404 for unknown ids", async () => {
      const [shirt, hat] = store.products
      for (const [body, field] of [
        [{ costs: [{ variant_id: shirt.variantId, currency_code: "eur", amount: -1 }] }, "costs[0].amount"],
        [{ costs: [{ variant_id: shirt.variantId, currency_code: "eur", amount: 12.5 }] }, "costs[0].amount"],
        [{ costs: [{ variant_id: shirt.variantId, currency_code: "euro", amount: 1 }] }, "costs[0].currency_code"],
        [{ costs: [{ variant_id: shirt.variantId, currency_code: "eur", amount: 1 }, { variant_id: "variant_nope", currency_code: "eur", amount: 1 }] }, "costs[1].variant_id"],
        [{ costs: [] }, "costs"],
      ] as const) {
        const r = await expectStatus(api.post("/admin/finesse/costs", body, admin))
        expect(r.status).toBe(400)
        expect(r.data.message).toContain(field)
      }
      // the rejected batch above wrote nothing
      expect((await api.get("/admin/finesse/costs", admin)).data.count).toBe(0)

      const set = await api.post(
        "/admin/finesse/costs",
        { costs: [{ variant_id: shirt.variantId, currency_code: "EUR", amount: 1250 }, { variant_id: hat.variantId, currency_code: "eur", amount: 900 }] },
        admin
      )
      expect(set.data.costs).toHaveLength(2)
      const again = await api.post("/admin/finesse/costs", { costs: [{ variant_id: shirt.variantId, currency_code: "eur", amount: 1300 }] }, admin)
      expect(again.data.costs[0]).toMatchObject({ variant_id: shirt.variantId, currency_code: "eur", amount: 1300, source: "manual" })

      const list = await api.get(`/admin/finesse/costs?variant_id=${shirt.variantId}`, admin)
      expect(list.data).toMatchObject({ count: 1, offset: 0, limit: 50 })
      const product = await api.get(`/admin/finesse/products/${shirt.id}/costs`, admin)
      expect(product.data.variants[0]).toMatchObject({
        variant_id: shirt.variantId,
        prices: [{ currency_code: "eur", amount: 4000 }],
        costs: [expect.objectContaining({ currency_code: "eur", amount: 1300 })],
      })
      expect((await expectStatus(api.get("/admin/finesse/products/prod_nope/costs", admin))).status).toBe(404)

      const id = list.data.costs[0].id
      expect((await api.delete(`/admin/finesse/costs/${id}`, admin)).data).toMatchObject({ id, deleted: true })
      expect((await expectStatus(api.delete(`/admin/finesse/costs/${id}`, admin))).status).toBe(404)
    })

    it("imports a CSV, reports bad rows by line number and re-costs past orders", async () => {
      const [shirt, hat] = store.products
      const { order } = await placeOrder(api, store, { items: [{ variantId: shirt.variantId, quantity: 2 }] })
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const before = await waitFor(() => db("finesse_order_fact").where({ id: order.id }).first(), (f: any) => !!f)
      expect(before).toMatchObject({ cost_total: 0, cost_complete: false })

      const skus = await db("product_variant").whereIn("id", [shirt.variantId, hat.variantId]).select("id", "sku")
      const sku = (id: string) => skus.find((s: any) => s.id === id).sku
      const csv = [
        "sku,currency_code,cost",
        `${sku(shirt.variantId)},eur,15.00`,
        `NO-SUCH-SKU,eur,1`,
        `${sku(hat.variantId)},eur,abc`,
        `${sku(hat.variantId)},usd,7.5`,
      ].join("\n")
      const res = await api.post("/admin/finesse/costs/import", { csv, filename: "costs.csv" }, admin)
      expect(res.status).toBe(202)
      const done = await waitFor(() => job(res.data.job.id), settled)
      expect(done).toMatchObject({ state: "completed", progress: 100 })
      expect(done.result).toMatchObject({
        imported: 2,
        skipped: 2,
        errors: [
          { line: 3, message: "no variant has the sku NO-SUCH-SKU" },
          { line: 4, message: 'cost "abc" is not a non-negative decimal number' },
        ],
      })
      // the past order's facts get the imported cost
      const after = await waitFor(() => db("finesse_order_fact").where({ id: order.id }).first(), (f: any) => f.cost_total === 3000, 30_000)
      expect(after).toMatchObject({ cost_complete: true, margin: 8000 - 3000 })

      const bad = await expectStatus(api.post("/admin/finesse/costs/import", { csv: "" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("csv")
      const noHeader = await api.post("/admin/finesse/costs/import", { csv: "name,price\nx,1" }, admin)
      const failed = await waitFor(() => job(noHeader.data.job.id), settled)
      expect(failed).toMatchObject({ state: "failed", attempts: 1 })
      expect(failed.error).toContain("the header must name currency_code, cost")
    })
}
