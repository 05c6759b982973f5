import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder, type StoreFixture } from "../../helpers/store-fixture"
import { captureAndDeliver, receiveReturn, runJob } from "./fixtures"

jest.setTimeout(240_000)

const A = "/admin/finesse/after-sales"
const S = "/store/finesse/after-sales"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let store: StoreFixture
    let admin: { headers: Record<string, string> }
    let analyst: { headers: Record<string, string> }
    let operator: { headers: Record<string, string> }
    let ada: { customer: any; token: string }
    let bob: { customer: any; token: string }
    let orderId: string
    let lines: Record<string, string>
    const knex = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const as = (c: { token: string }) => store.storeHeaders(c.token)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters as any)

    beforeAll(async () => {
      const container = getContainer()
      store = await createStoreFixture(container, {
        products: [
          { title: "Linen shirt", price: 40, category: "Shirts" },
          { title: "Wool hat", price: 25, category: "Hats" },
          { title: "Sale scarf", price: 15, category: "Scarves" },
        ],
      })
      // the scarf was sold as final sale
      await container.resolve(Modules.PRODUCT).updateProducts(store.products[2].id, { metadata: { final_sale: true } })
      admin = await adminHeaders(container, `as-admin-${Date.now()}@finesse.test`)
      analyst = await adminHeaders(container, `as-analyst-${Date.now()}@finesse.test`)
      operator = await adminHeaders(container, `as-operator-${Date.now()}@finesse.test`)
      const me = (h: any) => api.get("/admin/users/me", h).then((r: any) => r.data.user.id)
      await api.post("/admin/finesse/roles", { user_id: await me(analyst), role: "analyst" }, admin)
      await api.post("/admin/finesse/roles", { user_id: await me(operator), role: "operator" }, admin)
      ada = await createCustomerWithToken(container, `ada-${Date.now()}@finesse.test`)
      bob = await createCustomerWithToken(container, `bob-${Date.now()}@finesse.test`)
      const { order } = await placeOrder(api, store, {
        token: ada.token,
        email: ada.customer.email,
        items: [
          { variantId: store.products[0].variantId, quantity: 2 },
          { variantId: store.products[1].variantId, quantity: 1 },
          { variantId: store.products[2].variantId, quantity: 1 },
        ],
      })
      orderId = order.id
      await captureAndDeliver(container, orderId)
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["items.id", "items.variant_id"], filters: { id: orderId } })
      const byVariant = new Map((data[0] as any).items.map((i: any) => [i.variant_id, i.id]))
      lines = { shirt: byVariant.get(store.products[0].variantId) as string, hat: byVariant.get(store.products[1].variantId) as string, scarf: byVariant.get(store.products[2].variantId) as string }
    })

    describe("logins, roles and bad input", () => {
      it("needs a login (401), the right role (403) and names the field of a bad request (400)", async () => {
        expect((await expectStatus(api.get(`${A}/cases`))).status).toBe(401)
        expect((await expectStatus(api.get(`${S}/cases`, store.storeHeaders()))).status).toBe(401)
        expect((await expectStatus(api.post(`${S}/cases`, { kind: "question", body: "hi" }, store.storeHeaders()))).status).toBe(401)
        expect((await expectStatus(api.get(`${A}/cases`, analyst))).status).toBe(200)
        const write = await expectStatus(api.post(`${A}/cases`, { kind: "question", body: "Phone call" }, analyst))
        expect(write.status).toBe(403)
        // the policy decides refunds: an operator may read it but not change it
        expect((await expectStatus(api.get(`${A}/policy`, operator))).status).toBe(200)
        expect((await expectStatus(api.post(`${A}/policy`, { settings: {} }, operator))).status).toBe(403)

        const cases: Array<[any, string]> = [
          [{ kind: "question" }, "body"],
          [{ kind: "rant", body: "x" }, "kind"],
          [{ kind: "return", order_id: orderId, body: "x" }, "lines"],
          [{ kind: "return", order_id: orderId, body: "x", lines: [{ line_item_id: "ordli_nope", quantity: 1 }] }, "lines[0].line_item_id"],
          [{ kind: "return", order_id: orderId, body: "x", lines: [{ line_item_id: lines.hat, quantity: 5 }] }, "lines[0].quantity"],
          [{ kind: "return", order_id: orderId, body: "x", lines: [{ line_item_id: lines.hat, quantity: 1, condition: "meh" }] }, "lines[0].condition"],
        ]
        for (const [body, field] of cases) {
          const r = await expectStatus(api.post(`${S}/cases`, body, as(ada)))
          expect([r.status, r.data.message]).toEqual([400, expect.stringContaining(field)])
        }
        const q = await expectStatus(api.get(`${A}/cases?sla_state=late`, admin))
        expect([q.status, q.data.message]).toEqual([400, expect.stringContaining("sla_state")])
        const policy = await expectStatus(api.post(`${A}/policy`, { return_policy: { rules: [{ code: "return_window", args: { windows: [{ days: -3 }] } }] } }, admin))
        expect([policy.status, policy.data.message]).toEqual([400, expect.stringContaining("return_policy.rules[0].args.windows.0.days")])
        const unknown = await expectStatus(api.post(`${A}/policy`, { return_policy: { rules: [{ code: "moon_phase" }] } }, admin))
        expect([unknown.status, unknown.data.message]).toEqual([400, expect.stringContaining("unknown rule code")])
        const reply = await expectStatus(api.post(`${A}/replies`, { key: "typo", title: "Typo", body: "Hello {{customer.frist_name}}" }, admin))
        expect([reply.status, reply.data.message]).toEqual([400, expect.stringContaining("did you mean {{customer.first_name}}")])
        expect((await expectStatus(api.get(`${A}/cases/fascase_nope`, admin))).status).toBe(404)
      })
    })

    describe("a customer's own cases", () => {
      it("opens a question on their own order, follows it and replies; nobody else can see it (404)", async () => {
        const opened = await api.post(`${S}/cases`, { kind: "question", order_id: orderId, subject: "Where is the hat?", body: "My name is Ada and the hat box was empty." }, as(ada))
        expect(opened.status).toBe(201)
        const c = opened.data.case
        expect(c).toMatchObject({ kind: "question", status: "new", subject: "Where is the hat?", order_id: orderId })
        expect(c.rma_number).toMatch(/^RMA-[0-9A-Z]{6}-[0-9A-Z]$/)
        expect(c.assignee_id).toBeUndefined()
        // what the customer wrote is encrypted at rest
        const row = await knex()("finesse_after_sales_case").where({ id: c.id }).first()
        expect(row.subject).toMatch(/^fpe1:/)
        const [msg] = await knex()("finesse_after_sales_message").where({ case_id: c.id })
        expect(msg.body).toMatch(/^fpe1:/)
        expect(msg.body).not.toContain("Ada")

        // the other customer: not found, whatever they try
        expect((await expectStatus(api.get(`${S}/cases/${c.id}`, as(bob)))).status).toBe(404)
        expect((await expectStatus(api.post(`${S}/cases/${c.id}/messages`, { body: "me too" }, as(bob)))).status).toBe(404)
        expect((await expectStatus(api.post(`${S}/cases/${c.id}/cancel`, {}, as(bob)))).status).toBe(404)
        expect((await expectStatus(api.post(`${S}/cases`, { kind: "question", order_id: orderId, body: "mine?" }, as(bob)))).status).toBe(404)
        expect((await expectStatus(api.get(`${S}/orders/${orderId}/returnable`, as(bob)))).status).toBe(404)
        expect((await api.get(`${S}/cases`, as(bob))).data).toMatchObject({ cases: [], count: 0 })
        expect((await api.get(`${S}/cases`, as(ada))).data.cases.map((x: any) => x.id)).toContain(c.id)

        // an agent answers with an internal note and a question; the customer sees the question only, and replies
        await api.post(`${A}/cases/${c.id}/messages`, { body: "Courier says delivered; check with the warehouse", visibility: "internal" }, admin)
        const asked = (await api.post(`${A}/cases/${c.id}/messages`, { body: "Could you send a photo of the box?", then: "request_info" }, admin)).data.case
        expect(asked).toMatchObject({ status: "waiting_on_customer", sla: { state: "paused", first_response: { state: "met" } } })
        const seen = (await api.get(`${S}/cases/${c.id}`, as(ada))).data.case
        expect(seen.messages.map((m: any) => m.body)).toEqual(["My name is Ada and the hat box was empty.", "Could you send a photo of the box?"])
        expect(seen.events).toBeUndefined()
        expect(seen.allowed_actions).toEqual(expect.arrayContaining(["customer_reply", "cancel"]))
        const replied = (await api.post(`${S}/cases/${c.id}/messages`, { body: "Photo attached." }, as(ada))).data.case
        expect(replied.status).toBe("open")
        const agentView = (await api.get(`${A}/cases/${c.id}`, admin)).data.case
        expect(agentView.messages.map((m: any) => m.visibility)).toEqual(["customer", "internal", "customer", "customer"])
        expect(agentView.events.map((e: any) => e.action)).toEqual(["open", "note", "request_info", "customer_reply"])
      })
    })

    describe("the return policy and Medusa's order changes", () => {
      it("refuses a final-sale return, naming the rule, and will not approve it without an override", async () => {
        const r = await api.post(`${S}/cases`, { kind: "return", order_id: orderId, body: "I want to return the scarf", lines: [{ line_item_id: lines.scarf, quantity: 1, condition: "unopened", resolution: "refund" }] }, as(ada))
        expect(r.data.decision).toMatchObject({ outcome: "refuse", decided_by: { rule_code: "final_sale" } })
        expect(r.data.decision.lines[0]).toMatchObject({ line_item_id: lines.scarf, outcome: "refuse", message: "final-sale items cannot be returned" })
        expect(r.data.case.status).toBe("refused")
        expect(r.data.case.messages[1].body).toContain("final sale")
        // an agent reopens it and tries to approve: the policy still says no, by name
        await api.post(`${A}/cases/${r.data.case.id}/actions`, { action: "reopen" }, admin)
        const denied = await expectStatus(api.post(`${A}/cases/${r.data.case.id}/approve`, {}, admin))
        expect([denied.status, denied.data.message]).toEqual([400, expect.stringContaining("final_sale")])
        // overriding needs an approver
        expect((await expectStatus(api.post(`${A}/cases/${r.data.case.id}/approve`, { override_refusals: true }, operator))).status).toBe(403)
      })

      it("approves a return within the policy at once and Medusa shows the return; the refund follows Medusa's receipt", async () => {
        const r = await api.post(`${S}/cases`, { kind: "return", order_id: orderId, body: "The shirt is too small", reason: "wrong_size", lines: [{ line_item_id: lines.shirt, quantity: 1, condition: "unopened", resolution: "refund" }] }, as(ada))
        expect(r.status).toBe(201)
        expect(r.data.decision).toMatchObject({ outcome: "approve", decided_by: { rule_code: "auto_approve" } })
        const c = r.data.case
        expect(c.status).toBe("approved")
        const returnId = c.remedies[0].return_id
        expect(c.remedies[0]).toMatchObject({ type: "return", refund_amount: 4000, medusa: { return: { id: returnId, status: "requested" } } })

        // Medusa's own admin API has the return, with the shirt on it
        const ret = (await api.get(`/admin/returns/${returnId}?fields=id,status,order_id,*items`, admin)).data.return
        expect(ret).toMatchObject({ id: returnId, status: "requested", order_id: orderId })
        expect(ret.items.map((i: any) => [i.item_id, Number(i.quantity)])).toEqual([[lines.shirt, 1]])
        const order = (await api.get(`/admin/orders/${orderId}?fields=id,*returns`, admin)).data.order
        expect(order.returns.map((x: any) => x.id)).toContain(returnId)
        // the customer follows it from the store API
        const followed = (await api.get(`${S}/cases/${c.id}`, as(ada))).data.case
        expect(followed.remedies[0].medusa.return).toMatchObject({ id: returnId, status: "requested" })
        expect(followed.messages.at(-1).body).toContain("refund 40.00 EUR once the items reach us")

        // no refund before the goods are back: Medusa owes nothing yet
        const early = await expectStatus(api.post(`${A}/cases/${c.id}/refund`, {}, admin))
        expect([early.status, early.data.message]).toEqual([400, expect.stringContaining("Medusa owes nothing")])
        await receiveReturn(getContainer(), returnId)
        // Medusa's order.return_received event reaches the plugin's subscriber
        const received = await waitFor(() => api.get(`${A}/cases/${c.id}`, admin).then((x: any) => x.data.case), (x: any) => x.remedies[0].status === "received")
        expect(received.remedies[0]).toMatchObject({ status: "received", medusa: { return: { status: "received" } } })
        const refunded = (await api.post(`${A}/cases/${c.id}/refund`, {}, admin)).data
        expect(refunded.refund).toMatchObject({ amount: 4000, currency_code: "eur" })
        expect(refunded.case.remedies[0]).toMatchObject({ status: "refunded", refunded_amount: 4000 })
        const payment = (await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments.refunds`, admin)).data.order.payment_collections[0].payments[0]
        expect(payment.refunds.map((x: any) => Number(x.amount))).toEqual([40])
        const audit = (await api.get(`/admin/finesse/audit?action=after-sales.refund.issued&resource_id=${c.id}`, admin)).data.entries
        expect(audit[0]).toMatchObject({ resource_id: c.id, changes: { amount: 4000, currency_code: "eur" } })
      })

      it("sends a used item to review; an agent approves it from the inbox and Medusa creates the return", async () => {
        const r = await api.post(`${S}/cases`, { kind: "return", order_id: orderId, body: "Worn once, not for me", reason: "changed_mind", lines: [{ line_item_id: lines.hat, quantity: 1, condition: "used", resolution: "store_credit" }] }, as(ada))
        expect(r.data.decision).toMatchObject({ outcome: "review", decided_by: { rule_code: "item_condition" } })
        expect(r.data.case.status).toBe("new")
        const inbox = (await api.get(`${A}/cases?kind=return&status=new&order_id=${orderId}`, admin)).data
        expect(inbox.cases.map((x: any) => x.id)).toContain(r.data.case.id)
        const rma = (await api.get(`${A}/cases?q=${encodeURIComponent(r.data.case.rma_number.toLowerCase().replace(/-/g, " "))}&status=all`, admin)).data
        expect(rma.cases.map((x: any) => x.id)).toEqual([r.data.case.id])
        expect((await expectStatus(api.post(`${A}/cases/${r.data.case.id}/approve`, {}, analyst))).status).toBe(403)
        const approved = (await api.post(`${A}/cases/${r.data.case.id}/approve`, {}, operator)).data
        expect(approved.case.status).toBe("approved")
        expect(approved.case.remedies[0]).toMatchObject({ type: "return", refund_amount: 0, store_credit_amount: 2500 })
        const ret = (await api.get(`/admin/returns/${approved.return_id}`, admin)).data.return
        expect(ret.status).toBe("requested")
        const audit = (await api.get(`/admin/finesse/audit?action=after-sales.case.approved&resource_id=${r.data.case.id}`, admin)).data.entries
        expect(audit[0].changes).toMatchObject({ return_id: approved.return_id, store_credit: 2500 })
        // cancelling the approved case cancels Medusa's return
        const cancelled = (await api.post(`${A}/cases/${r.data.case.id}/actions`, { action: "cancel", note: "Customer kept it" }, admin)).data
        expect(cancelled.cancelled.cancelled).toHaveLength(1)
        expect((await api.get(`/admin/returns/${approved.return_id}`, admin)).data.return.status).toBe("canceled")
      })
    })

    describe("exchanges, claims and repairs", () => {
      it("turns an exchange into a Medusa exchange and a damaged-item claim into a Medusa replacement claim", async () => {
        const ex = await api.post(`${S}/cases`, { kind: "exchange", order_id: orderId, body: "Shirt too small, one size up please", reason: "wrong_size", lines: [{ line_item_id: lines.shirt, quantity: 1, condition: "unopened", resolution: "exchange" }] }, as(ada))
        expect(ex.data.decision.outcome).toBe("approve")
        const exCase = ex.data.case
        expect(exCase).toMatchObject({ status: "approved", remedies: [{ type: "exchange" }] })
        const exchange = (await api.get(`/admin/exchanges/${exCase.remedies[0].exchange_id}?fields=id,order_id,return_id,*additional_items,*additional_items.item`, admin)).data.exchange
        expect(exchange).toMatchObject({ id: exCase.remedies[0].exchange_id, order_id: orderId })
        expect(exchange.additional_items.map((i: any) => i.item?.variant_id ?? i.variant_id)).toEqual([store.products[0].variantId])
        expect(exCase.remedies[0].return_id).toBe(exchange.return_id)

        // a claim has no automatic approval in the default policy: an agent approves the replacement
        const cl = (await api.post(`${S}/cases`, { kind: "claim", order_id: orderId, body: "The hat arrived crushed", reason: "damaged", lines: [{ line_item_id: lines.hat, quantity: 1, condition: "damaged", resolution: "exchange" }] }, as(ada))).data
        expect(cl.decision.outcome).toBe("review")
        expect((await api.get(`${A}/cases/${cl.case.id}`, admin)).data.case.priority).toBe("high")
        const approved = (await api.post(`${A}/cases/${cl.case.id}/approve`, {}, admin)).data
        const claim = (await api.get(`/admin/claims/${approved.claim_id}?fields=id,type,order_id,*claim_items,*additional_items,*additional_items.item`, admin)).data.claim
        expect(claim).toMatchObject({ id: approved.claim_id, type: "replace", order_id: orderId })
        expect(claim.claim_items.map((i: any) => [i.item_id, i.reason])).toEqual([[lines.hat, "production_failure"]])
        expect(claim.additional_items.map((i: any) => i.item?.variant_id ?? i.variant_id)).toEqual([store.products[1].variantId])
      })

      it("checks the warranty of a repair, gives it its own RMA number and walks it to completion", async () => {
        await api.post(`${A}/warranty-terms`, { name: "Hats: 12 months", category_ids: [store.products[1].categoryId], months: 12, covers: ["defective", "stitching"], excludes: ["accidental_damage"] }, admin)
        const r = (await api.post(`${S}/cases`, { kind: "repair", order_id: orderId, body: "The stitching came loose", lines: [{ line_item_id: lines.hat, quantity: 1, reason: "stitching" }] }, as(ada))).data
        expect(r.decision).toMatchObject({ outcome: "approve", decided_by: { rule_code: "warranty" } })
        expect(r.case.repair).toMatchObject({ status: "approved", warranty_status: "in_warranty", covered: true })
        expect(r.case.repair.rma_number).toMatch(/^RPR-[0-9A-Z]{6}-[0-9A-Z]$/)
        const skip = await expectStatus(api.post(`${A}/cases/${r.case.id}/repair`, { status: "repaired" }, admin))
        expect([skip.status, skip.data.message]).toEqual([400, expect.stringContaining("next: awaiting_item, cancelled")])
        let last: any
        for (const status of ["awaiting_item", "received", "diagnosing", "repairing", "repaired", "shipped_back", "completed"]) {
          last = (await api.post(`${A}/cases/${r.case.id}/repair`, { status }, admin)).data.case
        }
        expect(last).toMatchObject({ status: "resolved", repair: { status: "completed" }, survey_status: "scheduled" })
        const seen = (await api.get(`${S}/cases/${r.case.id}`, as(ada))).data.case
        expect(seen.messages.map((m: any) => m.body)).toContain("Your repaired item is on its way back to you.")
        // excluded damage is not covered
        const excluded = (await api.post(`${A}/policy/preview`, { order_id: orderId, kind: "repair", lines: [{ line_item_id: lines.hat, quantity: 1, reason: "accidental_damage" }] }, admin)).data
        expect(excluded.decision).toMatchObject({ outcome: "review", message: expect.stringContaining("accidental_damage is excluded") })
      })
    })

    describe("resolution, satisfaction, suggestions and SLA alerts", () => {
      it("resolves with a saved reply, surveys the customer through the notification module, and a low score reopens the case", async () => {
        const saved = (await api.post(`${A}/replies`, { key: "where_is_my_order", title: "Where is my order", body: "Hi {{customer.first_name | there}}, your order {{order.display_id}} is on its way.", kinds: ["question"] }, admin)).data.reply
        const c = (await api.post(`${S}/cases`, { kind: "question", order_id: orderId, body: "My parcel has not arrived, tracking shows nothing", reason: "late_delivery" }, as(ada))).data.case
        const sugg = (await api.get(`${A}/cases/${c.id}/suggestions`, admin)).data
        const s0 = sugg.suggestions.find((s: any) => s.reply_key === saved.key)
        expect(s0.body).toMatch(/^Hi Ada, your order \d+ is on its way\.$/)
        await api.post(`${A}/cases/${c.id}/messages`, { body: s0.body, reply_key: saved.key, then: "resolve" }, admin)
        const resolved = (await api.get(`${A}/cases/${c.id}`, admin)).data.case
        expect(resolved).toMatchObject({ status: "resolved", survey_status: "scheduled", sla: { state: "met" } })

        const job = await runJob(api, admin, "aftersales.surveys", { run: `t-${Date.now()}` })
        expect(job.result).toMatchObject({ sent: expect.any(Number) })
        const [note] = await notifications({ receiver_id: ada.customer.id, template: "finesse-after-sales-survey" })
        expect(note).toMatchObject({ channel: "feed", status: "success" })
        const token = (note.data as any).survey_token
        expect((await api.get(`${S}/surveys/${token}`, store.storeHeaders())).data.survey).toMatchObject({ scale: "csat", status: "sent" })
        const bad = await expectStatus(api.post(`${S}/surveys/${token}`, { score: 9 }, store.storeHeaders()))
        expect([bad.status, bad.data.message]).toEqual([400, expect.stringContaining("score")])
        const answered = (await api.post(`${S}/surveys/${token}`, { score: 1, comment: "Took far too long" }, store.storeHeaders())).data
        expect(answered.response).toEqual({ scale: "csat", follow_up: "reopen" })
        expect((await expectStatus(api.post(`${S}/surveys/${token}`, { score: 5 }, store.storeHeaders()))).status).toBe(400)
        const reopened = (await api.get(`${A}/cases/${c.id}`, admin)).data.case
        expect(reopened).toMatchObject({ status: "open", csat: 1, reopen_count: 1 })
        expect(reopened.messages.at(-1)).toMatchObject({ visibility: "internal", body: expect.stringContaining("Took far too long") })
        const comment = await knex()("finesse_after_sales_survey_response").where({ case_id: c.id }).first()
        expect(comment.comment).toMatch(/^fpe1:/)
        const sat = (await api.get(`${A}/satisfaction?by=reason`, admin)).data.satisfaction
        expect(sat.groups.find((g: any) => g.key === "late_delivery")).toMatchObject({ n: 1, csat: { csat: 0 } })
        expect(sat.follow_ups.reopened).toBeGreaterThanOrEqual(1)
        // the customer's after-sales data: exported decrypted, then erased
        const exported = (await api.get(`/admin/finesse/customers/${ada.customer.id}/data`, admin)).data.customer_data.plugins["after-sales"].data
        expect(exported.messages.map((m: any) => m.body)).toContain("My parcel has not arrived, tracking shows nothing")
        expect(exported.survey_responses[0].comment).toBe("Took far too long")
        const erased = (await api.post(`/admin/finesse/customers/${ada.customer.id}/erase`, { confirm: true }, admin)).data.erasure.erased["after-sales"]
        expect(erased).toMatchObject({ cases_detached: 1, survey_responses_anonymised: 1 })
        expect(await knex()("finesse_after_sales_case").where({ customer_id: ada.customer.id })).toHaveLength(0)
      })

      it("suggests the reply that resolved similar cases, from the index the job keeps", async () => {
        await api.post(`${A}/replies`, { key: "size_exchange", title: "Size exchange", body: "Hi {{customer.first_name}}, we will swap it for another size.", kinds: ["question", "exchange"] }, admin)
        for (const text of ["The dress is too small, can I get a bigger size", "Jacket too small for me, I need one size up"]) {
          const c = (await api.post(`${S}/cases`, { kind: "question", body: text }, as(bob))).data.case
          await api.post(`${A}/cases/${c.id}/messages`, { body: "Swapped.", reply_key: "size_exchange", then: "resolve" }, admin)
        }
        const job = await runJob(api, admin, "aftersales.replies-index", { run: `t-${Date.now()}` })
        expect(job.state).toBe("completed")
        expect(job.result.documents).toBeGreaterThanOrEqual(2)
        const fresh = (await api.post(`${S}/cases`, { kind: "question", body: "These trousers are too small, what size should I get?" }, as(bob))).data.case
        const s = (await api.get(`${A}/cases/${fresh.id}/suggestions`, admin)).data
        expect(s.suggestions[0]).toMatchObject({ source: "similar_cases", reply_key: "size_exchange", support: 2, body: "Hi Ada, we will swap it for another size." })
      })

      it("sends an SLA breach once through the notification module and shows it in the inbox and the workload", async () => {
        const c = (await api.post(`${S}/cases`, { kind: "question", body: "Nobody answers me", reason: "refund_status" }, as(bob))).data.case
        // opened ten days ago and never answered
        const at = Date.now() - 10 * 86_400_000
        await knex()("finesse_after_sales_case").where({ id: c.id }).update({ status_history: JSON.stringify([{ at, status: "new" }]), created_at: new Date(at), next_sla_check_at: new Date(at) })
        await runJob(api, admin, "aftersales.sla", { run: `t1-${Date.now()}` })
        await runJob(api, admin, "aftersales.sla", { run: `t2-${Date.now()}` })
        const alerts = await knex()("finesse_after_sales_sla_alert").where({ case_id: c.id })
        expect(alerts.map((a: any) => `${a.metric}:${a.type}`).sort()).toEqual(["first_response:breach", "resolution:breach"])
        const sent = await notifications({ resource_id: c.id, trigger_type: "finesse.after-sales.sla.breach" })
        expect(sent).toHaveLength(2)
        expect((sent[0].data as any).title).toContain("SLA breached")
        const inbox = (await api.get(`${A}/cases?sla_state=breached`, admin)).data
        expect(inbox.cases[0]).toMatchObject({ id: c.id, sla: { state: "breached" } })
        const counts = (await api.get(`${A}/cases/counts`, admin)).data.counts
        expect(counts.active_by_sla_state.breached).toBe(1)
        expect(counts.by_status.new).toBeGreaterThanOrEqual(1)
        const workload = (await api.get(`${A}/workload`, admin)).data.workload
        expect(workload.find((w: any) => w.agent_id === null)).toMatchObject({ agent_name: "Unassigned", breached: expect.any(Number) })
      })
    })

    describe("policy editor and complaints", () => {
      it("saves a policy change with an audit entry naming the changed rule", async () => {
        const current = (await api.get(`${A}/policy`, admin)).data.policy
        expect(current.rules.map((r: any) => r.code)).toContain("serial_returner")
        const rules = current.return_policy.rules.map((r: any) => (r.code === "auto_approve" ? { ...r, args: { ...r.args, maxValueMinor: 5_000 } } : r))
        const saved = (await api.post(`${A}/policy`, { return_policy: { ...current.return_policy, rules } }, admin)).data
        expect(saved.saved).toEqual([{ key: "return_policy", version: expect.any(Number) }])
        const audit = (await api.get(`/admin/finesse/audit?action=after-sales.policy.updated`, admin)).data.entries
        expect(audit[0].changes.rules.find((r: any) => r.code === "auto_approve").args.maxValueMinor).toBe(5_000)

      })

      it("groups complaints into topics with the products' complaint rates", async () => {
        const texts = [
          ["The shirt arrived torn at the seam", "damaged"],
          ["Seam of the shirt ripped on first wash", "defective"],
          ["My parcel is late, tracking stuck", "late_delivery"],
          ["Parcel still not delivered after ten days", "late_delivery"],
          ["Refund for my return has not arrived", "refund_status"],
          ["Where is my refund, it has been weeks", "refund_status"],
        ]
        for (const [body, reason] of texts) await api.post(`${S}/cases`, { kind: "question", order_id: orderId, body, reason }, as(ada))
        const job = await runJob(api, admin, "aftersales.complaints", { run: `t-${Date.now()}`, window_days: 30 })
        expect(job.state).toBe("completed")
        const c = (await api.get(`${A}/complaints`, admin)).data.complaints
                expect(c.counts.current).toBe(6)
        expect(c.topics.length).toBeGreaterThanOrEqual(2)
        expect(c.topics.reduce((n: number, t: any) => n + t.size, 0)).toBe(6)
        const topic = (await api.get(`${A}/cases?status=all&topic=${encodeURIComponent(c.topics[0].name ?? c.topics[0].label)}`, admin)).data
        expect(topic.count).toBe(c.topics[0].size)
      })
    })
  },
})
