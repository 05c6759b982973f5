import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder } from "../../helpers/store-fixture"
import { createCustomers, createGroup, DAY, expectStatus, finishJob, insertFacts, waitFor } from "./fixtures"

jest.setTimeout(240_000)

const P = "/admin/finesse/promotions"
const iso = (t: number) => new Date(t).toISOString()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    const userIdOf = async (h: { headers: Record<string, string> }) => (await api.get("/admin/users/me", h)).data.user.id as string
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    const plan = (body: Record<string, unknown>) => api.post(`${P}/plans`, { currency_code: "eur", expected_uplift: 0.3, ...body }, admin)

    beforeEach(async () => {
      admin = await adminHeaders(getContainer())
    })

    describe("admin API guards", () => {
      it("needs a login (401), a write role (403), names the wrong field (400) and the missing promotion (404)", async () => {
        for (const [method, path] of [
          ["get", `${P}/calendar`],
          ["get", `${P}/plans`],
          ["post", `${P}/plans`],
          ["get", `${P}/evaluations`],
          ["get", `${P}/experiments`],
          ["get", `${P}/channels`],
          ["post", `${P}/channels/spend`],
        ] as const) {
          const r = await expectStatus(method === "get" ? api.get(path) : api.post(path, {}))
          expect([path, r.status]).toEqual([path, 401])
        }
        const analyst = await adminHeaders(getContainer(), `analyst-${Date.now()}@promotions.test`)
        await api.post("/admin/finesse/roles", { user_id: await userIdOf(analyst), role: "analyst" }, admin)
        expect((await api.get(`${P}/calendar`, analyst)).status).toBe(200)
        const denied = await expectStatus(api.post(`${P}/channels/spend`, { channel: "email", amount: 100, currency_code: "eur", starts_at: iso(Date.now()), ends_at: iso(Date.now() + DAY) }, analyst))
        expect(denied.status).toBe(403)
        expect(denied.data.message).toContain("operator")

        const start = Date.now() + 7 * DAY
        const cases: [() => Promise<any>, string][] = [
          [() => api.get(`${P}/calendar?from=yesterday`, admin), "from"],
          [() => plan({ template: "flash_sale", name: "X", code: "X1", starts_at: iso(start), ends_at: iso(start + DAY), args: { percentage: 120 } }), "args.percentage"],
          [() => plan({ template: "flash_sale", name: "X", code: "bad code", starts_at: iso(start), ends_at: iso(start + DAY), args: { percentage: 10 } }), "code"],
          [() => plan({ template: "flash_sale", name: "X", code: "X2", starts_at: iso(start + DAY), ends_at: iso(start), args: { percentage: 10 } }), "ends_at"],
          [() => plan({ template: "loyalty", name: "X", code: "X3", starts_at: iso(start), ends_at: iso(start + DAY), args: {} }), "template"],
          [() => plan({ template: "tiered_spend", name: "X", code: "X4", starts_at: iso(start), ends_at: iso(start + DAY), args: { tiers: [{ min_subtotal: 5000, amount_off: 900 }, { min_subtotal: 9000, amount_off: 500 }] } }), "args.tiers[1].amount_off"],
          [() => plan({ template: "flash_sale", name: "X", code: "X5", starts_at: iso(start), ends_at: iso(start + DAY), audience_group_id: "cusgroup_nobody", args: { percentage: 10 } }), "audience_group_id"],
          [() => api.post(`${P}/channels/spend`, { channel: "tv", amount: 1, currency_code: "eur", starts_at: iso(start), ends_at: iso(start + DAY) }, admin), "channel"],
          [() => api.post(`${P}/experiments`, { name: "AB", promotion_ids: ["promo_a"] }, admin), "promotion_ids"],
        ]
        for (const [call, field] of cases) {
          const r = await expectStatus(call())
          expect([field, r.status]).toEqual([field, 400])
          expect(r.data.message).toContain(field)
        }
        const created = await plan({ template: "flash_sale", name: "Guard", code: "GUARD10", starts_at: iso(start), ends_at: iso(start + DAY), args: { percentage: 10 } })
        const launch = await expectStatus(api.post(`${P}/plans/${created.data.plan.promotion_id}/launch`, { holdout_share: 0.9 }, admin))
        expect(launch.status).toBe(400)
        expect(launch.data.message).toContain("holdout_share")
        const again = await expectStatus(plan({ template: "flash_sale", name: "Guard", code: "GUARD10", starts_at: iso(start), ends_at: iso(start + DAY), args: { percentage: 10 } }))
        expect(again.status).toBe(409)
        for (const path of [`${P}/plans/promo_nobody`, `${P}/evaluations/fpeval_nobody`, `${P}/experiments/fpexp_nobody`]) {
          expect((await expectStatus(api.get(path, admin))).status).toBe(404)
        }
      })
    })

    describe("planning", () => {
      it("templates create real Medusa promotions and campaigns, the calendar shows them, and the checks warn on real data", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const [shirt, hat] = store.products
        const start = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) + 10 * DAY
        const range = { starts_at: iso(start), ends_at: iso(start + 5 * DAY) }
        const bodies = [
          { template: "flash_sale", name: "Shirt flash sale", code: "FLASH15", ...range, args: { percentage: 15, product_ids: [shirt.id] } },
          { template: "tiered_spend", name: "Spend and save", code: "SPEND", ...range, budget: { type: "spend", limit: 50_000 }, args: { tiers: [{ min_subtotal: 5_000, amount_off: 500 }, { min_subtotal: 10_000, amount_off: 1_500 }] } },
          { template: "coupon", name: "Welcome back", code: "BACK5", ...range, args: { type: "fixed", value: 500, min_subtotal: 3_000, per_customer_limit: 1, usage_limit: 200 } },
          { template: "bundle", name: "Shirt and hat", code: "HATFREE", ...range, args: { buy_product_ids: [shirt.id], buy_quantity: 2, get_product_ids: [hat.id], get_quantity: 1, percentage: 100 } },
          { template: "free_shipping", name: "Free shipping over 60", code: "SHIPFREE", ...range, args: { min_subtotal: 6_000 } },
        ]
        const plans: any[] = []
        for (const b of bodies) {
          const r = await plan(b)
          expect(r.status).toBe(201)
          plans.push(r.data)
        }
        // Medusa's own admin API sees them: drafts with the template's mechanics and rules, in a campaign with the dates
        const medusa = async (id: string) => (await api.get(`/admin/promotions/${id}?fields=*application_method,*application_method.target_rules,*application_method.buy_rules,*rules,*campaign,*campaign.budget`, admin)).data.promotion
        const flash = await medusa(plans[0].plan.promotion_id)
        expect(flash).toMatchObject({ code: "FLASH15", type: "standard", status: "draft", is_automatic: true })
        expect(flash.application_method).toMatchObject({ type: "percentage", target_type: "items", value: 15 })
        expect(flash.application_method.target_rules[0]).toMatchObject({ attribute: "items.product.id", operator: "in" })
        expect(new Date(flash.campaign.starts_at).getTime()).toBe(start)
        expect(plans[1].promotions.map((p: any) => p.code)).toEqual(["SPEND-1", "SPEND-2"])
        const tier1 = await medusa(plans[1].promotions[0].id)
        expect(tier1.application_method).toMatchObject({ type: "fixed", value: 5, currency_code: "eur" })
        expect(tier1.rules.map((r: any) => `${r.attribute} ${r.operator} ${r.values.map((v: any) => v.value).join()}`).sort()).toEqual(["currency_code eq eur", "item_subtotal gte 50", "item_subtotal lt 100"])
        expect(tier1.campaign.budget).toMatchObject({ type: "spend", limit: 500 })
        const coupon = await medusa(plans[2].plan.promotion_id)
        expect(coupon).toMatchObject({ is_automatic: false, limit: 200 })
        expect(coupon.campaign.budget).toMatchObject({ type: "use_by_attribute", attribute: "customer_email", limit: 1 })
        const bundle = await medusa(plans[3].plan.promotion_id)
        expect(bundle).toMatchObject({ type: "buyget" })
        expect(bundle.application_method).toMatchObject({ buy_rules_min_quantity: 2, apply_to_quantity: 1, value: 100 })
        const ship = await medusa(plans[4].plan.promotion_id)
        expect(ship.application_method).toMatchObject({ target_type: "shipping_methods", value: 100 })

        const cal = (await api.get(`${P}/calendar?from=${iso(start - DAY)}&to=${iso(start + 30 * DAY)}`, admin)).data
        const flashEntry = cal.calendar.find((e: any) => e.code === "FLASH15")
        expect(flashEntry).toMatchObject({ phase: "draft", template: "flash_sale", plan_status: "planned" })
        expect(flashEntry.overlaps).toEqual(expect.arrayContaining(["SPEND-1", "BACK5", "HATFREE"]))
        expect(new Set(cal.calendar.map((e: any) => e.lane)).size).toBeGreaterThanOrEqual(5)

        // real data for the checks: sales of the shirt at a thin margin, a peak day a year before the sale
        const customers = await createCustomers(container, 4, "chk")
        const now = Date.now()
        await insertFacts(
          container,
          Array.from({ length: 40 }, (_, i) => ({ customer_id: customers[i % 4].id, at: now - (i + 1) * 2 * DAY, lines: [{ product_id: shirt.id, variant_id: shirt.variantId, quantity: 1, unit_price: 4_000, unit_cost: 3_200 }] }))
        )
        const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        const days = Array.from({ length: 400 }, (_, i) => new Date(now - i * DAY).toISOString().slice(0, 10))
        const peak = new Date(start + DAY - 364 * DAY).toISOString().slice(0, 10)
        await db("finesse_daily_sales").insert(days.map((day) => ({ id: `fds_${day}`, day, currency_code: "eur", sales_channel_id: "sc_promotions_test", region_id: "", orders: 3, gross: day === peak ? 400_000 : 50_000 })))

        const checks = (await api.post(`${P}/plans/${plans[0].plan.promotion_id}/checks`, {}, admin)).data.checks
        const by = Object.fromEntries(checks.results.map((r: any) => [r.code, r]))
        expect(Object.keys(by).sort()).toEqual(["budget_burn", "margin_floor", "peak_day_clash", "promotion_overlap", "stock_cover"])
        expect(checks.status).toBe("fail")
        // 15 % off 40.00 leaves 34.00 against a 32.00 cost: 5.9 % margin, under the 15 % floor
        expect(by.margin_floor).toMatchObject({ status: "fail", figures: { worst_product: shirt.id, worst_margin: 0.0588, worst_unit_cost: 3_200 } })
        expect(by.peak_day_clash.status).toBe("warn")
        expect(by.peak_day_clash.figures.clash_reasons.join(" ")).toContain(peak)
        // the bundle gives away the same shirt's sales to the same (everyone) audience: stacked, unmeasurable
        expect(by.promotion_overlap.status).toBe("fail")
        expect(by.promotion_overlap.figures.same_products_and_audience).toEqual(expect.arrayContaining(["SPEND-1", "BACK5"]))
        expect(by.budget_burn).toMatchObject({ status: "warn" })
        expect(by.budget_burn.figures.forecast_orders).toBe(3)
        // a looser floor passes the margin check, and a bad argument is a 400 naming it
        const loose = (await api.post(`${P}/plans/${plans[0].plan.promotion_id}/checks`, { checks: [{ code: "margin_floor", args: { floor: 0.05 } }] }, admin)).data.checks
        expect(loose.results).toHaveLength(1)
        expect(loose.results[0].status).toBe("warn")
        const bad = await expectStatus(api.post(`${P}/plans/${plans[0].plan.promotion_id}/checks`, { checks: [{ code: "margin_floor", args: { floor: 5 } }] }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("checks.margin_floor.args.floor")
        const detail = (await api.get(`${P}/plans/${plans[0].plan.promotion_id}`, admin)).data
        expect(detail.plan.check_status).toBe("warn")
        expect(detail.checks.results).toHaveLength(1)

        // changing the plan moves the campaign in Medusa and is audited with its author
        const moved = (await api.post(`${P}/plans/${plans[0].plan.promotion_id}`, { ends_at: iso(start + 3 * DAY), expected_uplift: 0.5 }, admin)).data
        expect(moved.changes.map((c: any) => c.field).sort()).toEqual(["ends_at", "expected_uplift"])
        expect(new Date((await medusa(plans[0].plan.promotion_id)).campaign.ends_at).getTime()).toBe(start + 3 * DAY)
        const audit = (await api.get(`/admin/finesse/audit?action=promotions.plan.updated`, admin)).data
        expect(audit.entries[0]).toMatchObject({ plugin: "promotions", resource_id: plans[0].plan.promotion_id, actor_id: await userIdOf(admin) })
      })

      it("replays past orders through Medusa's promotion computation: discount cost, affected orders, margin, spend-threshold crossings", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const [shirt, hat] = store.products
        const start = Date.now() + 3 * DAY
        const flash = (await plan({ template: "flash_sale", name: "Shirts 10", code: "SHIRT10", starts_at: iso(start), ends_at: iso(start + 3 * DAY), args: { percentage: 10, product_ids: [shirt.id] } })).data
        const tiers = (await plan({ template: "tiered_spend", name: "Spend 100 save 10", code: "SAVE10", starts_at: iso(start), ends_at: iso(start + 3 * DAY), args: { tiers: [{ min_subtotal: 10_000, amount_off: 1_000 }] } })).data
        const customers = await createCustomers(container, 3, "sim")
        const now = Date.now()
        const line = (p: typeof shirt, quantity: number, price: number, cost: number | null) => ({ product_id: p.id, variant_id: p.variantId, quantity, unit_price: price, unit_cost: cost })
        await insertFacts(container, [
          // five baskets of 105.00 with two shirts (80.00) and a hat
          ...Array.from({ length: 5 }, (_, i) => ({ customer_id: customers[i % 3].id, at: now - (i + 1) * 4 * DAY, lines: [line(shirt, 2, 4_000, 2_000), line(hat, 1, 2_500, 1_000)] })),
          // two baskets of 85.00 without a shirt: just under the 100.00 threshold
          ...Array.from({ length: 2 }, (_, i) => ({ customer_id: customers[i].id, at: now - (i + 2) * DAY, lines: [line(hat, 2, 2_500, 1_000), { product_id: "prod_other", quantity: 1, unit_price: 3_500, unit_cost: null }] })),
          // outside the window, or another currency: not replayed
          { customer_id: customers[0].id, at: now - 45 * DAY, lines: [line(shirt, 1, 4_000, 2_000)] },
          { customer_id: customers[1].id, at: now - DAY, currency: "usd", lines: [line(shirt, 1, 4_400, 2_000)] },
        ])
        const run = async (promotionId: string) => {
          const r = await api.post(`${P}/plans/${promotionId}/simulate`, { days: 30 }, admin)
          expect(r.status).toBe(202)
          await finishJob(api, admin, r.data.job.id)
          return (await api.get(`${P}/plans/${promotionId}`, admin)).data.simulation
        }
        const s = await run(flash.plan.promotion_id)
        expect(s).toMatchObject({ days: 30, currency_code: "eur" })
        expect(s.orders).toMatchObject({ orders: 7, affectedOrders: 5, affectedCustomers: 3, discountCost: 5 * 800, subtotal: 5 * 10_500 + 2 * 8_500 })
        // margin over the lines with a cost: the shirts lose 8.00 of margin per basket
        expect(s.orders.marginBefore - s.orders.marginAfter).toBe(5 * 800)
        expect(s.orders.linesWithoutCost).toBe(2)
        expect(s.orders.topProducts).toEqual([{ productId: shirt.id, discount: 4_000, affectedOrders: 5 }])
        const t = await run(tiers.plan.promotion_id)
        expect(t.orders).toMatchObject({ affectedOrders: 5, discountCost: 5 * 1_000, threshold: { threshold: 10_000, qualifying: 5, nearMiss: 2, averageShortfall: 1_500, nearMissCostIfCrossed: 2_000 } })
        // the temporary copy Medusa computed with is gone
        const { data: left } = await query().graph({ entity: "promotion", fields: ["id", "code"], filters: {} })
        expect((left as any[]).filter((p) => p.code.startsWith("FSIM-"))).toEqual([])
      })
    })

    describe("holdouts at checkout", () => {
      it("keeps the holdout out of the promotion at checkout while a treated customer gets it; audited, with the approver rule", async () => {
        const container = getContainer()
        const store = await createStoreFixture(container)
        const [shirt] = store.products
        const shoppers = await Promise.all(Array.from({ length: 12 }, (_, i) => createCustomerWithToken(container, `holdout-${i}-${Date.now()}@promotions.test`)))
        const audience = await createGroup(container, "Persona: loyal", shoppers.map((s) => s.customer.id))
        const now = Date.now()
        const created = (await plan({ template: "flash_sale", name: "Loyal 10", code: "LOYAL10", starts_at: iso(now - 3_600_000), ends_at: iso(now + 7 * DAY), audience_group_id: audience.id, budget: { type: "spend", limit: 50_000 }, args: { percentage: 10 } })).data
        const id = created.plan.promotion_id

        // an operator may not launch a 500.00 budget over the 1,000.00 default? (it is under: allowed); over it: approver
        const operator = await adminHeaders(container, `operator-${Date.now()}@promotions.test`)
        await api.post("/admin/finesse/roles", { user_id: await userIdOf(operator), role: "operator" }, admin)
        const big = (await plan({ template: "flash_sale", name: "Big", code: "BIG20", starts_at: iso(now), ends_at: iso(now + 7 * DAY), budget: { type: "spend", limit: 500_000 }, args: { percentage: 20 } })).data
        const refused = await expectStatus(api.post(`${P}/plans/${big.plan.promotion_id}/launch`, { holdout_share: 0 }, operator))
        expect(refused.status).toBe(403)
        expect(refused.data.message).toMatch(/BIG20.*5,000\.00 EUR.*approver/)

        const launched = await api.post(`${P}/plans/${id}/launch`, { holdout_share: 0.5 }, operator)
        expect(launched.status).toBe(200)
        const exp = launched.data.experiment
        expect(exp).toMatchObject({ kind: "holdout", holdout_share: 0.5, audience_group_id: audience.id, member_count: 12 })
        const arm = (code: string) => exp.arms.find((a: any) => a.code === code)
        expect(arm("holdout").member_count + arm("treatment").member_count).toBe(12)

        // Medusa's promotion now targets the treated group and names the holdout it keeps out
        const promo = (await api.get(`/admin/promotions/${id}?fields=status,*rules,*rules.values`, admin)).data.promotion
        expect(promo.status).toBe("active")
        const rules = promo.rules.map((r: any) => `${r.operator} ${r.values.map((v: any) => v.value).join()}`)
        expect(rules).toEqual(expect.arrayContaining([`in ${audience.id}`, `in ${arm("treatment").customer_group_id}`, `ne ${arm("holdout").customer_group_id}`]))

        const members = async (groupId: string) => {
          const { data } = await query().graph({ entity: "customer_group", fields: ["customers.id"], filters: { id: groupId } })
          return new Set((data[0].customers as any[]).map((c) => c.id))
        }
        const held = await members(arm("holdout").customer_group_id)
        const treatedIds = await members(arm("treatment").customer_group_id)
        expect(held.size).toBe(arm("holdout").member_count)
        const holdoutShopper = shoppers.find((s) => held.has(s.customer.id))!
        const treatedShopper = shoppers.find((s) => treatedIds.has(s.customer.id))!
        expect(holdoutShopper && treatedShopper).toBeTruthy()

        // real carts through the store API: the automatic promotion applies to the treated customer only
        const cartFor = async (token: string) =>
          (await api.post("/store/carts", { region_id: store.regionId, sales_channel_id: store.channelId, items: [{ variant_id: shirt.variantId, quantity: 1 }] }, store.storeHeaders(token))).data.cart
        const treatedCart = await cartFor(treatedShopper.token)
        const heldCart = await cartFor(holdoutShopper.token)
        expect(treatedCart.discount_total).toBe(4)
        expect(heldCart.discount_total).toBe(0)
        expect(heldCart.total).toBeGreaterThan(treatedCart.total)
        // and the treated customer's completed order keeps it
        const { order } = await placeOrder(api, store, { token: treatedShopper.token, email: treatedShopper.customer.email!, items: [{ variantId: shirt.variantId, quantity: 1 }] })
        expect(order.discount_total).toBe(4)

        // launching is audited with its author; launching twice is a conflict
        const audit = (await api.get(`/admin/finesse/audit?action=promotions.promotion.launched&resource_id=${id}`, admin)).data
        expect(audit.entries[0]).toMatchObject({ plugin: "promotions", actor_id: await userIdOf(operator) })
        expect(audit.entries[0].summary).toContain("50 % holdout")
        expect((await expectStatus(api.post(`${P}/plans/${id}/launch`, { holdout_share: 0.5 }, admin))).status).toBe(409)

        // a new member of the audience gets a stable arm on the next sync, into that arm's group
        const [late] = await createCustomers(container, 1, "late")
        await container.resolve(Modules.CUSTOMER).addCustomerToGroup([{ customer_id: late.id, customer_group_id: audience.id }])
        const sync = (await api.post(`${P}/experiments/${exp.id}/sync`, {}, admin)).data.sync
        expect(sync).toMatchObject({ new_assignments: 1, member_count: 13 })
        const lateArm = sync.changes.find((c: any) => c.added === 1).arm
        expect((await members(arm(lateArm).customer_group_id)).has(late.id)).toBe(true)
        expect((await api.post(`${P}/experiments/${exp.id}/sync`, {}, admin)).data.sync.changes).toEqual([])

        // the customer's assignment is in the customer-data export, and erased with it
        const data = (await api.get(`/admin/finesse/customers/${holdoutShopper.customer.id}/data`, admin)).data
        const mine = JSON.stringify(data)
        expect(mine).toContain(exp.id)
        expect(mine).toContain("holdout")
      })
    })

    describe("evaluation and experiments", () => {
      it("evaluates a past promotion against its holdout from the order facts, says when there is no control, and starts an A/B test", async () => {
        const container = getContainer()
        const now = Date.now()
        const start = now - 40 * DAY
        const end = start + 14 * DAY
        const past = (await plan({ template: "flash_sale", name: "Past ten", code: "PAST10", starts_at: iso(start), ends_at: iso(end), args: { percentage: 10 } })).data
        const id = past.plan.promotion_id
        const customers = await createCustomers(container, 40, "eval")
        const treated = customers.slice(0, 20).map((c) => c.id)
        const holdout = customers.slice(20).map((c) => c.id)
        const service = container.resolve("finesse_promotions") as any
        const [experiment] = await service.createFinessePromotionExperiments([{ name: "PAST10 holdout", kind: "holdout", key: "past10", holdout_share: 0.5, status: "running", started_at: new Date(start) }])
        await service.createFinessePromotionExperimentArms([
          { experiment_id: experiment.id, code: "holdout", weight: 0.5, promotion_id: null },
          { experiment_id: experiment.id, code: "treatment", weight: 1, promotion_id: id },
        ])
        await service.insertAssignments(experiment.id, [...treated.map((c) => ({ customer_id: c, arm: "treatment" })), ...holdout.map((c) => ({ customer_id: c, arm: "holdout" }))])
        await service.updateFinessePromotionPlans([{ id: past.plan.id, experiment_id: experiment.id, status: "launched" }])
        const orders: any[] = []
        customers.forEach((c, i) => {
          // customer i and i + 20 are twins (same price, same pre-period): the arms' pre-periods are equal, so the
          // CUPED estimate is exactly the plain difference of means
          const j = i % 20
          const price = 5_000 + j * 100
          const line = (discount = 0) => [{ product_id: "prod_x", quantity: 1, unit_price: price, unit_cost: price / 2, discount }]
          for (let k = 0; k < (j % 3) + 1; k++) orders.push({ customer_id: c.id, at: start - (10 + k * 20) * DAY, lines: line() })
          if (i < 20) {
            // treated: two orders with the code during the promotion, none in the 30 days after
            orders.push({ customer_id: c.id, at: start + 2 * DAY, codes: ["PAST10"], lines: line(price / 10) }, { customer_id: c.id, at: start + 9 * DAY, codes: ["PAST10"], lines: line(price / 10) })
          } else {
            orders.push({ customer_id: c.id, at: start + 5 * DAY, lines: line() }, { customer_id: c.id, at: end + 10 * DAY, lines: line() })
          }
        })
        await insertFacts(container, orders)
        const r = await api.post(`${P}/plans/${id}/evaluate`, {}, admin)
        expect(r.status).toBe(202)
        await finishJob(api, admin, r.data.job.id)
        const list = (await api.get(`${P}/evaluations?promotion_id=${id}`, admin)).data
        expect(list.count).toBe(1)
        const head = list.evaluations[0]
        expect(head).toMatchObject({ code: "PAST10", design: "holdout", status: "ready", currency_code: "eur", experiment_id: experiment.id })
        const report = (await api.get(`${P}/evaluations/${head.id}`, admin)).data.evaluation.report.currencies.eur
        expect(report.audience).toMatchObject({ treatment: 20, control: 20 })
        expect(report.incrementalOrders.perCustomer.diff).toBeCloseTo(1, 6)
        expect(report.incrementalOrders.total).toBe(20)
        // mean price 59.50: treated 2 × 0.9 × 59.50, holdout 59.50
        expect(report.incrementalGmv.perCustomer.diff).toBeCloseTo(0.8 * 5_950, 6)
        expect(report.promotionOrders).toMatchObject({ orders: 40, discount: 23_800 })
        // the holdout bought once after the end, the treated customers did not: sales pulled forward
        expect(report.pullForward.perCustomer.diff).toBeCloseTo(-5_950, 6)
        expect(report.postPeriodComplete).toBe(false)
        expect(["paid_off", "lost_margin", "inconclusive"]).toContain(report.verdict.outcome)
        expect(head.net_effect).toBe(report.netEffect.total)
        const statistics = (await api.get(`${P}/evaluations/${head.id}`, admin)).data.evaluation.report.experiment
        const metrics = statistics.comparisons[0].metrics.map((m: any) => m.metric)
        expect(metrics).toEqual(["gmv_per_customer", "orders_per_customer", "conversion_rate"])
        // daily looks from the first day with orders (a look without variance has no test)
        expect(statistics.comparisons[0].sequential.looks).toBeGreaterThanOrEqual(11)
        expect(statistics.comparisons[0].sequential.looks).toBeLessThanOrEqual(14)

        // a promotion for everyone without a holdout: nobody to compare with, and the report says so
        const open = (await plan({ template: "flash_sale", name: "Open", code: "OPEN5", starts_at: iso(start), ends_at: iso(end), args: { percentage: 5 } })).data
        await finishJob(api, admin, (await api.post(`${P}/plans/${open.plan.promotion_id}/evaluate`, {}, admin)).data.job.id)
        const none = (await api.get(`${P}/evaluations?promotion_id=${open.plan.promotion_id}`, admin)).data.evaluations[0]
        expect(none).toMatchObject({ status: "no_control", verdict: null })
        expect(none.message).toContain("holdout")

        // an A/B test between two promotions: two arms and a holdout, each with its Medusa group on its promotion
        const a = (await plan({ template: "flash_sale", name: "A", code: "ABTEST10", starts_at: iso(now), ends_at: iso(now + 7 * DAY), args: { percentage: 10 } })).data
        const b = (await plan({ template: "coupon", name: "B", code: "ABTEST5", starts_at: iso(now), ends_at: iso(now + 7 * DAY), args: { type: "fixed", value: 500 } })).data
        const ab = await api.post(`${P}/experiments`, { name: "10 % or 5 off", promotion_ids: [a.plan.promotion_id, b.plan.promotion_id], holdout_share: 0.2 }, admin)
        expect(ab.status).toBe(201)
        expect(ab.data.experiment.arms.map((x: any) => x.code).sort()).toEqual(["A", "B", "holdout"])
        expect(ab.data.experiment.member_count).toBeGreaterThanOrEqual(40)
        for (const x of ab.data.experiment.arms.filter((x: any) => x.code !== "holdout")) {
          const promo = (await api.get(`/admin/promotions/${x.promotion_id}?fields=status,*rules,*rules.values`, admin)).data.promotion
          expect(promo.status).toBe("active")
          expect(promo.rules.map((r: any) => r.values[0].value)).toContain(x.customer_group_id)
        }
        const detail = (await api.get(`${P}/experiments/${ab.data.experiment.id}`, admin)).data
        expect(detail.experiment.arms.find((x: any) => x.code === "A").promotion_code).toBe("ABTEST10")
        // a customer who registers while it runs (Medusa's customer.created) joins an arm through the sync job
        const members = ab.data.experiment.member_count
        await api.post("/admin/customers", { email: `joiner-${Date.now()}@promotions.test` }, admin)
        await waitFor(() => api.get(`${P}/experiments/${ab.data.experiment.id}`, admin).then((x: any) => x.data.experiment.member_count), (n: number) => n === members + 1, 30_000, 250)
        const stopped = (await api.post(`${P}/experiments/${ab.data.experiment.id}/stop`, { deactivate_promotions: true }, admin)).data.experiment
        expect(stopped.status).toBe("stopped")
        expect((await api.get(`/admin/promotions/${a.plan.promotion_id}?fields=status`, admin)).data.promotion.status).toBe("inactive")
      })
    })

    describe("marketing channels", () => {
      it("attributes orders to UTM and click-id channels, imports spend from CSV (reporting bad rows) and gives ROI and CPA", async () => {
        const container = getContainer()
        const [email, search, direct] = await createCustomers(container, 3, "chan")
        const now = Date.now()
        const data = container.resolve("finesse_data") as any
        const visit = (id: string, customer: string, path: string, at: number) => ({
          client_event_id: `chan-${id}`,
          type: "page_viewed",
          source: "storefront",
          anonymous_id: `anon-${id}`,
          session_id: `sess-${id}`,
          customer_id: customer,
          sales_channel_id: null,
          occurred_at: iso(at),
          received_at: iso(at),
          properties: { path },
        })
        await data.insertEvents([
          visit("e1", email.id, "/?utm_source=newsletter&utm_medium=email&utm_campaign=spring", now - 5 * DAY),
          visit("s1", search.id, "/store?gclid=abc123", now - 4 * DAY),
          visit("d1", direct.id, "/", now - 3 * DAY),
        ])
        await insertFacts(container, [
          { customer_id: email.id, at: now - 5 * DAY + 600_000, index: 1, lines: [{ product_id: "prod_a", quantity: 1, unit_price: 10_000, unit_cost: 4_000 }] },
          { customer_id: search.id, at: now - 4 * DAY + 600_000, index: 1, lines: [{ product_id: "prod_a", quantity: 2, unit_price: 10_000, unit_cost: 4_000 }] },
          { customer_id: direct.id, at: now - 3 * DAY + 600_000, lines: [{ product_id: "prod_a", quantity: 1, unit_price: 5_000, unit_cost: 2_000 }] },
        ])
        const spent = await api.post(`${P}/channels/spend`, { channel: "paid_search", campaign: "brand", amount: 3_000, currency_code: "eur", starts_at: iso(now - 20 * DAY), ends_at: iso(now - 2 * DAY) }, admin)
        expect(spent.status).toBe(201)
        const day = (t: number) => iso(t).slice(0, 10)
        const imported = await api.post(`${P}/channels/spend/import`, { currency_code: "eur", csv: `channel,amount,campaign,from,to\nemail,20.00,spring,${day(now - 20 * DAY)},${day(now - 3 * DAY)}\ntelevision,99,x,,\n` }, admin)
        expect(imported.status).toBe(201)
        expect(imported.data.imported).toBe(1)
        expect(imported.data.errors).toEqual([{ lineNo: 3, reason: 'unknown channel "television"' }])
        const job = await api.post(`${P}/channels/attribute`, { days: 30 }, admin)
        await finishJob(api, admin, job.data.job.id)
        const report = (await api.get(`${P}/channels?model=last_touch`, admin)).data
        expect(report.models).toHaveLength(3)
        const row = (channel: string) => report.run.roi.find((r: any) => r.channel === channel)
        expect(row("email")).toMatchObject({ orders: 1, revenue: 10_000, margin: 6_000, newCustomers: 1, spend: 2_000, cpa: 2_000, roas: 5, roi: 2 })
        expect(row("paid_search")).toMatchObject({ orders: 1, revenue: 20_000, margin: 12_000, newCustomers: 1, spend: 3_000, roi: 3 })
        expect(row("direct")).toMatchObject({ orders: 1, revenue: 5_000 })
        expect(report.run.by_campaign.find((c: any) => c.channel === "email").campaign).toBe("spring")
        const credits = (await api.get(`${P}/channels/orders?model=last_touch&limit=2`, admin)).data
        expect(credits).toMatchObject({ count: 3, limit: 2 })
        expect(credits.orders).toHaveLength(2)
        const listed = (await api.get(`${P}/channels/spend`, admin)).data
        expect(listed.count).toBe(2)
        expect((await api.delete(`${P}/channels/spend/${spent.data.spend.id}`, admin)).data).toMatchObject({ deleted: true })
        expect((await api.get(`${P}/channels/spend`, admin)).data.count).toBe(1)
      })
    })
  },
})
