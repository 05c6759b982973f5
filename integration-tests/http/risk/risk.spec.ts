import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"
import { Modules } from "@medusajs/framework/utils"
import { cartPayments, checkout, insertDailySales, paymentsOf, runJob } from "./fixtures"

jest.setTimeout(240_000)

const R = "/admin/finesse/risk"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let store: StoreFixture
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
    const userIdOf = async (h: { headers: Record<string, string> }) => (await api.get("/admin/users/me", h)).data.user.id as string

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), `risk-admin-${Date.now()}@finesse.test`)
      store = await createStoreFixture(getContainer())
    })

    describe("order risk at placement", () => {
      it("lets ordinary test orders through, even many from one address", async () => {
        // the shared helper's orders: one guest e-mail, one address, loopback IP — none of it is evidence
        for (let i = 0; i < 6; i++) await placeOrder(api, store, { email: "guest@finesse.test", items: [{ variantId: store.products[0].variantId, quantity: 1 }] })
        const { data } = await api.get(`${R}/assessments`, admin)
        expect(data.count).toBe(6)
        expect(data.assessments.map((a: any) => a.decision)).toEqual(Array(6).fill("allow"))
        // the sixth order from one e-mail and one address does count, just not enough on its own
        expect(data.assessments[0].signals.filter((s: any) => s.hit).map((s: any) => s.code).sort()).toEqual(["velocity_address", "velocity_email"])
        expect(data.assessments[0].order_id).toMatch(/^order_/)
      })

      it("refuses a blocked checkout before any payment is authorised, so nothing is captured", async () => {
        const added = await api.post(`${R}/lists`, { list: "block", kind: "email", value: "Mallory+x@Example.org", note: "chargebacks" }, admin)
        expect(added.status).toBe(201)
        const done = await checkout(api, store, { email: "mallory@example.org" })
        expect(done.type).toBe("cart")
        expect(JSON.stringify(done.error)).toContain("could not be placed")
        const cart = await cartPayments(getContainer(), done.cart.id)
        expect(cart.completed_at).toBeFalsy()
        expect(cart.payment_collection.payments ?? []).toEqual([])
        expect(cart.payment_collection.payment_sessions.every((s: any) => !s.authorized_at)).toBe(true)
        const refused = (await api.get(`${R}/assessments?review_status=refused`, admin)).data
        expect(refused.count).toBe(1)
        expect(refused.assessments[0]).toMatchObject({ decision: "block", decided_by: "block_list", order_id: null })
        expect(refused.assessments[0].reasons[0]).toBe("on the block list: email mallory@example.org")
        // the same e-mail is not in the assessment in clear
        const raw = await pg().raw(`select record::text r, explanation from finesse_risk_assessment where ref = ?`, [done.cart.id])
        expect(raw.rows[0].r).not.toContain("mallory")
        expect(raw.rows[0].explanation).not.toContain("mallory")
      })

      it("holds a reviewed order authorised and not captured; Medusa's capture is refused; approve captures it", async () => {
        // two accounts made today checking out from one device: a ring's shape
        const a = await createCustomerWithToken(getContainer(), `ring-a-${Date.now()}@finesse.test`)
        const b = await createCustomerWithToken(getContainer(), `ring-b-${Date.now()}@finesse.test`)
        const first = await checkout(api, store, { token: a.token, email: a.customer.email, device: "anon-shared-phone" })
        expect(first.type).toBe("order")
        const second = await checkout(api, store, { token: b.token, email: b.customer.email, device: "anon-shared-phone", address: { first_name: "Bo", last_name: "B", address_1: "Kantstr. 9", city: "Berlin", country_code: "de", postal_code: "10623" } })
        expect(second.type).toBe("order")
        const orderId = second.order.id

        const widget = (await api.get(`${R}/orders/${orderId}`, admin)).data.assessment
        expect(widget).toMatchObject({ decision: "review", review_status: "pending", score: 60 })
        expect(widget.reasons[0]).toContain("linked to 1 other account through 1 shared device")
        const queue = (await api.get(`${R}/assessments?review_status=pending`, admin)).data
        expect(queue.assessments.map((x: any) => x.order_id)).toEqual([orderId])

        const held = await paymentsOf(getContainer(), orderId)
        expect(held.payments).toHaveLength(1)
        expect(held.payments[0].captured_at).toBeFalsy()
        expect(held.payments[0].canceled_at).toBeFalsy()
        const refused = await expectStatus(api.post(`/admin/payments/${held.payments[0].id}/capture`, {}, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("held for risk review")

        const approved = await api.post(`${R}/assessments/${widget.id}/approve`, { note: "called the customer" }, admin)
        expect(approved.data.assessment).toMatchObject({ review_status: "approved", order_id: orderId })
        const after = await paymentsOf(getContainer(), orderId)
        expect(after.payments[0].captured_at).toBeTruthy()
        // decided once: a second approval is a conflict
        const again = await expectStatus(api.post(`${R}/assessments/${widget.id}/approve`, {}, admin))
        expect([again.status, again.data.message]).toEqual([400, "the order is not waiting for a review (review status: approved)"])
        const log = (await api.get(`/admin/finesse/audit?action=risk.review.approved`, admin)).data
        expect(log.entries[0]).toMatchObject({ resource_id: orderId, actor_id: await userIdOf(admin) })
      })

      it("cancels a held order through Medusa, voiding the authorisation, and keeps the fraud label", async () => {
        const people = await Promise.all([0, 1].map((i) => createCustomerWithToken(getContainer(), `pair-${i}-${Date.now()}@finesse.test`)))
        await checkout(api, store, { token: people[0].token, email: people[0].customer.email, device: "anon-pair" })
        const held = await checkout(api, store, { token: people[1].token, email: people[1].customer.email, device: "anon-pair" })
        const a = (await api.get(`${R}/orders/${held.order.id}`, admin)).data.assessment
        expect(a.review_status).toBe("pending")
        // a held order does not ship either
        const ship = await expectStatus(api.post(`/admin/orders/${held.order.id}/fulfillments`, { items: [{ id: held.order.items[0].id, quantity: 1 }] }, admin))
        expect([ship.status, ship.data.message]).toEqual([400, expect.stringContaining("cannot be fulfilled")])

        const cancelled = await api.post(`${R}/assessments/${a.id}/cancel`, { fraud: true, note: "the same phone as another new account" }, admin)
        expect(cancelled.data.assessment).toMatchObject({ review_status: "cancelled", fraud: true })
        const after = await paymentsOf(getContainer(), held.order.id)
        expect(after.order.status).toBe("canceled")
        expect(after.payments[0].captured_at).toBeFalsy()
        expect(after.payments[0].canceled_at).toBeTruthy()
        const widget = (await api.get(`${R}/orders/${held.order.id}`, admin)).data
        expect(widget.assessment).toMatchObject({ review_status: "cancelled", label: 1, review_note: "the same phone as another new account" })
        expect(widget.outcomes.map((o: any) => [o.kind, o.fraud])).toContainEqual(["cancellation", true])
        const log = (await api.get(`/admin/finesse/audit?action=risk.review.cancelled`, admin)).data
        expect(log.entries[0].summary).toContain("marked as fraud")
      })
    })

    describe("rules, lists and back-tests", () => {
      it("needs a login, the operator role to write and the approver role to change rules; 400 names the field", async () => {
        for (const [method, path] of [
          ["get", `${R}/assessments`],
          ["get", `${R}/overview`],
          ["post", `${R}/lists`],
          ["post", `${R}/rules`],
          ["get", `${R}/incidents`],
        ] as const) {
          const r = await expectStatus(method === "get" ? api.get(path) : api.post(path, {}))
          expect([path, r.status]).toEqual([path, 401])
        }
        const analyst = await adminHeaders(getContainer(), `risk-analyst-${Date.now()}@finesse.test`)
        const operator = await adminHeaders(getContainer(), `risk-operator-${Date.now()}@finesse.test`)
        await api.post("/admin/finesse/roles", { user_id: await userIdOf(analyst), role: "analyst" }, admin)
        await api.post("/admin/finesse/roles", { user_id: await userIdOf(operator), role: "operator" }, admin)
        for (const path of ["overview", "model", "rings", "rules", "lists", "incidents", "assessments?review_status=pending"]) {
          expect([path, (await api.get(`${R}/${path}`, analyst)).status]).toEqual([path, 200])
        }
        const denied = await expectStatus(api.post(`${R}/lists`, { list: "block", kind: "email", value: "x@example.org" }, analyst))
        expect([denied.status, denied.data.message]).toEqual([403, expect.stringContaining('your role is "analyst"')])
        const rules = { rules: [], thresholds: { review: 50, block: 90 } }
        const operatorRules = await expectStatus(api.post(`${R}/rules`, rules, operator))
        expect([operatorRules.status, operatorRules.data.message]).toEqual([403, expect.stringContaining('needs the Finesse role "approver"')])

        const cases: [() => Promise<any>, string][] = [
          [() => api.post(`${R}/rules`, { rules: [{ code: "velocity_email", args: { windows: [{ hours: 24, limit: 0 }] } }], thresholds: { review: 50, block: 90 } }, admin), "rules.0.args.windows.0.limit"],
          [() => api.post(`${R}/rules`, { rules: [{ code: "no_such_signal" }], thresholds: { review: 50, block: 90 } }, admin), "rules.0.code"],
          [() => api.post(`${R}/rules`, { rules: [], thresholds: { review: 95, block: 90 } }, admin), "thresholds.review"],
          [() => api.post(`${R}/lists`, { list: "block", kind: "email", value: "not-an-email" }, admin), "value"],
          [() => api.post(`${R}/lists`, { list: "grey", kind: "email", value: "a@b.org" }, admin), "list"],
          [() => api.get(`${R}/assessments?limit=1000`, admin), "limit"],
          [() => api.post(`${R}/assessments/frsk_x/cancel`, {}, admin), "fraud"],
        ]
        for (const [call, field] of cases) {
          const r = await expectStatus(call())
          expect([field, r.status]).toEqual([field, 400])
          expect(r.data.message).toContain(field)
        }
        expect((await expectStatus(api.get(`${R}/assessments/frsk_nobody`, admin))).status).toBe(404)
        expect((await expectStatus(api.post(`${R}/assessments/frsk_nobody/approve`, {}, admin))).status).toBe(404)
        expect((await expectStatus(api.get(`${R}/incidents/frinc_nobody`, admin))).status).toBe(404)

        // an approver's rule change is live, versioned and in the audit log with its author
        const saved = await api.post(`${R}/rules`, { rules: [{ code: "first_order_high_value", weight: 30 }], thresholds: { review: 50, block: 90 }, note: "stricter" }, admin)
        expect(saved.data.rule_set).toMatchObject({ version: 1, thresholds: { review: 50, block: 90 } })
        const log = (await api.get(`/admin/finesse/audit?action=risk.rules.changed`, admin)).data
        expect(log.entries[0]).toMatchObject({ actor_id: await userIdOf(admin), resource_type: "finesse_risk_rule_set" })
        expect(log.entries[0].summary).toContain("review at 50")
      })

      it("back-tests a rule change on the scored history: what it would have caught and held", async () => {
        const people = await Promise.all([0, 1].map((i) => createCustomerWithToken(getContainer(), `bt-${i}-${Date.now()}@finesse.test`)))
        await checkout(api, store, { token: people[0].token, email: people[0].customer.email, device: "anon-bt" })
        const held = await checkout(api, store, { token: people[1].token, email: people[1].customer.email, device: "anon-bt" })
        await api.post(`${R}/orders/${held.order.id}/outcomes`, { kind: "chargeback", reference: "dp_1" }, admin)
        // the same dispute twice is one label
        expect((await api.post(`${R}/orders/${held.order.id}/outcomes`, { kind: "chargeback", reference: "dp_1" }, admin)).data.outcome.recorded).toBe(false)
        // without the linked-accounts signal, the ring's second order would have gone through
        const { data } = await api.post(`${R}/backtest`, { rules: [{ code: "linked_accounts", enabled: false }], days: 30 }, admin)
        const c = data.backtest.comparison
        expect(data.backtest.window.orders).toBe(2)
        expect([c.baseline.fraud, c.baseline.caught, c.candidate.caught, c.noLongerCaught]).toEqual([1, 1, 0, 1])
        expect(data.backtest.examples[0]).toMatchObject({ order_id: held.order.id, label: 1, baseline: "review", candidate: "allow" })
        expect(data.backtest.sweep).toHaveLength(21)
      })
    })

    describe("data protection", () => {
      it("exports and erases a customer's risk data through core's customer routes", async () => {
        const { customer, token } = await createCustomerWithToken(getContainer(), `erase-risk-${Date.now()}@finesse.test`)
        const done = await checkout(api, store, { token, email: customer.email, device: "anon-erase" })
        expect(done.type).toBe("order")
        const exported = (await api.get(`/admin/finesse/customers/${customer.id}/data`, admin)).data.customer_data
        expect(exported.plugins.risk.data.assessments).toHaveLength(1)
        expect(exported.plugins.risk.data.counter_rows).toHaveLength(1)
        const erased = (await api.post(`/admin/finesse/customers/${customer.id}/erase`, { confirm: true }, admin)).data.erasure
        expect(erased.erased.risk).toMatchObject({ assessments: 1, counter_rows: 1 })
        expect((await api.get(`${R}/assessments?customer_id=${customer.id}`, admin)).data.count).toBe(0)
        const left = await pg().raw(`select count(*)::int n from finesse_risk_use`)
        expect(left.rows[0].n).toBe(0)
      })
    })

    describe("KPI anomaly alerts", () => {
      it("finds an outage day in core's rollups, alerts once per incident, and is acknowledged and resolved", async () => {
        // 20 weeks of orders with a weekly rhythm; nine days ago the payment provider was down
        const days = 140
        await insertDailySales(getContainer(), days, (i, wd) => (i === days - 9 ? 0 : Math.round((wd === 0 ? 60 : wd === 5 ? 38 : 45) * (1 + 0.08 * Math.sin(i * 1.7)))))
        await runJob(api, admin, "risk.anomalies", { days: 20, run: "test-1" })
        const list = (await api.get(`${R}/incidents`, admin)).data
        const outage = list.incidents.find((i: any) => i.metrics.includes("orders"))
        expect(outage).toBeDefined()
        expect(outage).toMatchObject({ severity: "critical", direction: "down", status: "open", start_day: new Date((Math.floor(Date.now() / 86_400_000) - 9) * 86_400_000).toISOString().slice(0, 10) })
        expect(outage.metrics).toEqual(expect.arrayContaining(["gmv:eur", "orders"]))
        expect(outage.alert).toMatchObject({ status: "sent", channel: "feed" })
        const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ trigger_type: "finesse.risk.kpi_alert" } as any)
        expect(notes.filter((n: any) => n.resource_id === outage.id)).toHaveLength(1)

        // the detail has the metrics against their baselines around the incident
        const detail = (await api.get(`${R}/incidents/${outage.id}`, admin)).data
        const orders = detail.series.find((s: any) => s.metric === "orders")
        const day = orders.points.find((p: any) => p.day === outage.start_day)
        expect(day.observed).toBe(0)
        expect(day.expected).toBeGreaterThan(30)

        const kpis = (await api.get(`${R}/kpis?days=30`, admin)).data.series
        expect(kpis.map((x: any) => x.metric)).toEqual(expect.arrayContaining(["gmv:eur", "orders", "refund_rate", "promotion_burn:eur"]))

        // running again finds the same incident and sends nothing new
        await runJob(api, admin, "risk.anomalies", { days: 20, run: "test-2" })
        const again = (await api.get(`${R}/incidents`, admin)).data
        expect(again.count).toBe(list.count)
        const notesAgain = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ trigger_type: "finesse.risk.kpi_alert" } as any)
        expect(notesAgain.length).toBe(notes.length)

        const ack = await api.post(`${R}/incidents/${outage.id}/acknowledge`, { note: "provider confirmed" }, admin)
        expect(ack.data.incident).toMatchObject({ status: "acknowledged", note: "provider confirmed" })
        expect((await expectStatus(api.post(`${R}/incidents/${outage.id}/acknowledge`, {}, admin))).status).toBe(400)
        const resolved = await api.post(`${R}/incidents/${outage.id}/resolve`, {}, admin)
        expect(resolved.data.incident.status).toBe("resolved")
        expect((await api.get(`/admin/finesse/audit?action=risk.incident.resolved`, admin)).data.count).toBe(1)
      })
    })
  },
})
