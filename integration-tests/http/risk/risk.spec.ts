import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"
import { cartPayments, checkout, paymentsOf } from "./fixtures"

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
    })
  },
})
