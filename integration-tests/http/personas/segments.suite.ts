import type { SuiteContext } from "../../helpers/suite"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { adminHeaders } from "../../helpers/auth"
import { createCustomerWithToken, createStoreFixture, placeOrder } from "../../helpers/store-fixture"
import { expectStatus, insertFacts, recompute, seedStore, settleJobs, waitFor } from "./fixtures"


const S = "/admin/finesse/personas/segments"

/** Regulars: at least 3 orders, the last within 60 days. */
const REGULARS = {
  all: [
    { field: "profile.order_count", op: "gte", value: 3 },
    { field: "profile.recency_days", op: "lte", value: 60 },
  ],
}

export function segmentsSuite({ api, getContainer }: SuiteContext) {
    let admin: { headers: Record<string, string> }
    let adminEmail: string

    beforeEach(async () => {
      adminEmail = `admin-${Date.now()}@finesse.test`
      admin = await adminHeaders(getContainer(), adminEmail)
    })

    const segmentOf = (id: string) => api.get(`${S}/${id}`, admin).then((r: any) => r.data.segment)

    it("validates rules naming the bad rule, lists with pagination, updates and deletes (404 after)", async () => {
      const bad = await expectStatus(
        api.post(
          S,
          {
            name: "Broken",
            rules: { any: [{ field: "profile.order_count", op: "gte", value: 2 }, { all: [{ field: "profile.monetary", op: "gt", value: "lots" }] }, { field: "profile.nope", op: "eq", value: 1 }] },
          },
          admin
        )
      )
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("rules.any[1].all[0].value")
      expect(bad.data.message).toContain('rules.any[2].field: unknown field "profile.nope"')
      const band = await expectStatus(api.post(S, { name: "Band", rules: REGULARS, score: { field: "profile.p_buy_90d", enter: 0.4, exit: 0.6 } }, admin))
      expect(band.status).toBe(400)
      expect(band.data.message).toContain("score.exit")
      const unknownKey = await expectStatus(api.post(S, { name: "X", rules: REGULARS, colour: "red" }, admin))
      expect(unknownKey.status).toBe(400)
      expect(unknownKey.data.message).toContain("colour")

      const ids: string[] = []
      for (const name of ["A", "B", "C"]) ids.push((await api.post(S, { name, rules: REGULARS }, admin)).data.segment.id)
      const page = (await api.get(`${S}?limit=2&offset=1`, admin)).data
      expect(page).toMatchObject({ count: 3, limit: 2, offset: 1 })
      expect(page.segments).toHaveLength(2)
      const updated = (await api.post(`${S}/${ids[0]}`, { name: "A2", description: "renamed" }, admin)).data.segment
      expect(updated).toMatchObject({ id: ids[0], name: "A2", description: "renamed", rules: REGULARS })
      const badUpdate = await expectStatus(api.post(`${S}/${ids[0]}`, { rules: { all: [] } }, admin))
      expect(badUpdate.status).toBe(400)
      expect(badUpdate.data.message).toContain("rules.all")
      expect((await api.delete(`${S}/${ids[0]}`, admin)).data).toMatchObject({ id: ids[0], deleted: true })
      for (const call of [
        () => api.get(`${S}/${ids[0]}`, admin),
        () => api.delete(`${S}/${ids[0]}`, admin),
        () => api.post(`${S}/${ids[0]}`, { name: "Z" }, admin),
        () => api.post(`${S}/nope/sync`, { dry_run: true }, admin),
        () => api.get(`${S}/nope/members`, admin),
      ]) {
        expect((await expectStatus(call())).status).toBe(404)
      }
      await settleJobs(api, admin)
    })

    it("previews who matches before saving, then keeps the membership in the segments job", async () => {
      const { customers, kinds } = await seedStore(getContainer(), 45)
      await recompute(api, admin)
      const preview = (await api.post(`${S}/preview`, { rules: REGULARS, sample_size: 5 }, admin)).data.preview
      const regulars = customers.filter((_, i) => kinds[i] === "regular").map((c) => c.id)
      expect(preview).toMatchObject({ count: regulars.length, total_profiles: 45 })
      expect(preview.sample).toHaveLength(5)
      for (const s of preview.sample) {
        expect(regulars).toContain(s.customer_id)
        expect(s.email).toMatch(/@personas\.test$/)
      }
      expect(preview.by_persona.reduce((s: number, p: any) => s + p.customers, 0)).toBe(regulars.length)
      const bad = await expectStatus(api.post(`${S}/preview`, { rules: { all: [{ field: "profile.tags", op: "eq", value: "x" }] } }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("rules.all[0].op")

      const { segment } = (await api.post(S, { name: "Regulars", rules: REGULARS }, admin)).data
      const kept = await waitFor(() => segmentOf(segment.id), (s: any) => s.evaluated_at !== null, 30_000, 100)
      expect(kept.member_count).toBe(regulars.length)
      const members = (await api.get(`${S}/${segment.id}/members?limit=100`, admin)).data
      expect(members.count).toBe(regulars.length)
      expect(members.members.map((m: any) => m.customer_id).sort()).toEqual([...regulars].sort())
    })

    it("applies enter and exit thresholds so customers near the boundary do not flap", async () => {
      const container = getContainer()
      await seedStore(container, 15)
      const { customer } = await createCustomerWithToken(container)
      await insertFacts(container, [{ customer_id: customer.id, daysAgo: 10, subtotal: 4000 }])
      await recompute(api, admin)
      const rules = { all: [{ field: "profile.order_count", op: "gte", value: 1 }] }
      const isMember = async (id: string) =>
        (await api.get(`${S}/${id}/members?limit=100`, admin)).data.members.some((m: any) => m.customer_id === customer.id)
      const refresh = async (id: string) => {
        const { job } = (await api.post(`${S}/${id}/refresh`, {}, admin)).data
        await waitFor(() => api.get(`/admin/finesse/jobs/${job.id}`, admin).then((r: any) => r.data.job.state), (s: string) => s === "completed", 30_000, 100)
      }
      // spend 4000 is below enter 5000: not a member
      const { segment } = (await api.post(S, { name: "Spenders", rules, score: { field: "profile.monetary", enter: 5000, exit: 3000 } }, admin)).data
      await settleJobs(api, admin)
      expect(await isMember(segment.id)).toBe(false)
      // lower the entry bar: the customer enters
      await api.post(`${S}/${segment.id}`, { score: { field: "profile.monetary", enter: 3500, exit: 3000 } }, admin)
      await settleJobs(api, admin)
      expect(await isMember(segment.id)).toBe(true)
      // raise it again: 4000 is between exit and enter, so the member stays
      await api.post(`${S}/${segment.id}`, { score: { field: "profile.monetary", enter: 5000, exit: 3000 } }, admin)
      await settleJobs(api, admin)
      await refresh(segment.id)
      expect(await isMember(segment.id)).toBe(true)
      // a preview of the same rules for a new segment (no history) leaves them out
      const fresh = (await api.post(`${S}/preview`, { rules, score: { field: "profile.monetary", enter: 5000, exit: 3000 }, sample_size: 100 }, admin)).data.preview
      expect(fresh.sample.map((s: any) => s.customer_id)).not.toContain(customer.id)
      const kept = (await api.post(`${S}/preview`, { rules, score: { field: "profile.monetary", enter: 5000, exit: 3000 }, segment_id: segment.id, sample_size: 100 }, admin)).data.preview
      expect(kept.sample.map((s: any) => s.customer_id)).toContain(customer.id)
      // below exit: out
      await api.post(`${S}/${segment.id}`, { score: { field: "profile.monetary", enter: 9000, exit: 8000 } }, admin)
      await settleJobs(api, admin)
      expect(await isMember(segment.id)).toBe(false)
    })

    it("syncs a segment to a customer group (dry run, sync, history) and the group's promotion applies at checkout", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      await seedStore(container, 30)
      const member = await createCustomerWithToken(container, `member-${Date.now()}@personas.test`)
      const outsider = await createCustomerWithToken(container, `outsider-${Date.now()}@personas.test`)
      await insertFacts(container, [
        ...[5, 25, 45, 65].map((d) => ({ customer_id: member.customer.id, daysAgo: d, subtotal: 5000 })),
        { customer_id: outsider.customer.id, daysAgo: 200, subtotal: 2000 },
      ])
      await recompute(api, admin)

      const notSynced = (await api.post(S, { name: "Manual only", rules: REGULARS }, admin)).data.segment
      const refused = await expectStatus(api.post(`${S}/${notSynced.id}/sync`, {}, admin))
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("sync_enabled")

      const { segment } = (await api.post(S, { name: "VIP regulars", rules: REGULARS, sync_enabled: true, auto_sync: false }, admin)).data
      await settleJobs(api, admin)
      const evaluated = await segmentOf(segment.id)
      expect(evaluated.member_count).toBeGreaterThan(1)
      expect(evaluated.customer_group_id).toBeNull()

      // dry run: the diff, nothing written
      const { diff } = (await api.post(`${S}/${segment.id}/sync`, { dry_run: true }, admin)).data
      expect(diff).toMatchObject({ creates_group: true, customer_group_name: "Segment: VIP regulars", add_count: evaluated.member_count, remove_count: 0 })
      expect(diff.add.map((a: any) => a.customer_id)).toContain(member.customer.id)
      expect(diff.add.find((a: any) => a.customer_id === member.customer.id).email).toBe(member.customer.email)
      expect((await segmentOf(segment.id)).customer_group_id).toBeNull()
      expect((await api.get(`${S}/${segment.id}/syncs`, admin)).data.count).toBe(0)

      // sync: the group is created through Medusa's workflows and holds the members
      const { sync } = (await api.post(`${S}/${segment.id}/sync`, {}, admin)).data
      expect(sync).toMatchObject({ segment_id: segment.id, trigger: "manual", added_count: evaluated.member_count, removed_count: 0, group_created: true })
      expect(sync.triggered_by).toMatch(/^user_/)
      // the sync is in the suite's audit log with its author; the dry run before it is not
      const audit = (await api.get(`/admin/finesse/audit?resource_id=${segment.id}&action=personas.segment.synced`, admin)).data
      expect(audit.count).toBe(1)
      expect(audit.entries[0]).toMatchObject({ actor_id: sync.triggered_by, plugin: "personas", changes: { added: evaluated.member_count, removed: 0 } })
      expect((await api.get(`/admin/finesse/audit?q=sync_previewed`, admin)).data.count).toBe(0)
      const groupId = (await segmentOf(segment.id)).customer_group_id
      expect(groupId).toBe(sync.customer_group_id)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const groupMembers = async () =>
        (await query.graph({ entity: "customer_group", fields: ["id", "name", "customers.id"], filters: { id: groupId } })).data[0]
      const group = await groupMembers()
      expect(group.name).toBe("Segment: VIP regulars")
      expect(group.customers.map((c: any) => c.id)).toContain(member.customer.id)
      expect(group.customers.map((c: any) => c.id)).not.toContain(outsider.customer.id)
      expect(group.customers).toHaveLength(evaluated.member_count)

      // a second sync with nothing to change adds and removes nobody
      const again = (await api.post(`${S}/${segment.id}/sync`, {}, admin)).data.sync
      expect(again).toMatchObject({ added_count: 0, removed_count: 0, group_created: false, customer_group_id: groupId })

      // a promotion that targets the synced group, through Medusa's promotion workflow
      await createPromotionsWorkflow(container).run({
        input: {
          promotionsData: [
            {
              code: "VIP10",
              type: "standard",
              status: "active",
              is_automatic: true,
              application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10 },
              rules: [{ attribute: "customer.groups.id", operator: "in", values: [groupId] }],
            },
          ],
        },
      })
      const buy = (c: typeof member) =>
        placeOrder(api, store, { token: c.token, email: c.customer.email!, items: [{ variantId: store.products[0].variantId, quantity: 1 }] })
      const discountOf = async (orderId: string) =>
        Number((await query.graph({ entity: "order", fields: ["discount_total"], filters: { id: orderId } })).data[0].discount_total)
      const memberOrder = await buy(member)
      const outsiderOrder = await buy(outsider)
      expect(await discountOf(memberOrder.order.id)).toBeCloseTo(4, 5) // 10 % of the €40 shirt
      expect(await discountOf(outsiderOrder.order.id)).toBe(0)

      // rules tighten: the next sync removes everyone and says so in the history
      await api.post(`${S}/${segment.id}`, { rules: { all: [{ field: "profile.order_count", op: "gte", value: 1000 }] } }, admin)
      await settleJobs(api, admin)
      const preview = (await api.post(`${S}/${segment.id}/sync`, { dry_run: true }, admin)).data.diff
      expect(preview).toMatchObject({ creates_group: false, add_count: 0, remove_count: evaluated.member_count })
      const removal = (await api.post(`${S}/${segment.id}/sync`, {}, admin)).data.sync
      expect(removal).toMatchObject({ added_count: 0, removed_count: evaluated.member_count })
      expect(removal.removed).toContain(member.customer.id)
      expect((await groupMembers()).customers).toHaveLength(0)

      const history = (await api.get(`${S}/${segment.id}/syncs?limit=2`, admin)).data
      expect(history).toMatchObject({ count: 3, limit: 2, offset: 0 })
      expect(history.syncs[0]).toMatchObject({ id: removal.id, removed_count: evaluated.member_count, triggered_by_email: adminEmail })
      expect(new Date(history.syncs[0].created_at).getTime()).toBeGreaterThanOrEqual(new Date(history.syncs[1].created_at).getTime())
    })

    it("moves a customer into an auto-synced group after an order, through the incremental update", async () => {
      const container = getContainer()
      const store = await createStoreFixture(container)
      await seedStore(container, 24)
      const shopper = await createCustomerWithToken(container)
      const second = await createCustomerWithToken(container)
      await insertFacts(
        container,
        [shopper, second].flatMap((c) => [
          { customer_id: c.customer.id, daysAgo: 100, subtotal: 3000 },
          { customer_id: c.customer.id, daysAgo: 80, subtotal: 3000 },
        ])
      )
      await recompute(api, admin)
      const { segment } = (await api.post(S, { name: "Active regulars", rules: REGULARS, sync_enabled: true }, admin)).data
      const synced = await waitFor(() => segmentOf(segment.id), (s: any) => !!s.customer_group_id, 30_000, 100)
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const inGroup = async (id = shopper.customer.id) =>
        (await query.graph({ entity: "customer_group", fields: ["customers.id"], filters: { id: synced.customer_group_id } })).data[0].customers.some(
          (c: any) => c.id === id
        )
      expect(await inGroup()).toBe(false)
      // a third order, today: now a regular
      await placeOrder(api, store, { token: shopper.token, email: shopper.customer.email!, items: [{ variantId: store.products[1].variantId, quantity: 1 }] })
      await waitFor(inGroup, (v) => v === true, 30_000, 200)
      // the group changes before the sync is recorded (the last step of the sync workflow)
      const history = await waitFor(
        () => api.get(`${S}/${segment.id}/syncs`, admin).then((r: any) => r.data.syncs),
        (s: any[]) => s.length === 2,
        10_000,
        100
      )
      expect(history[0]).toMatchObject({ trigger: "job", triggered_by: "system", added: [shopper.customer.id], removed: [] })
      expect(history[1]).toMatchObject({ trigger: "job", group_created: true })
      // a job's syncs change customer groups on their own: each is in the audit log as the system's
      const audit = await waitFor(
        () => api.get(`/admin/finesse/audit?resource_id=${segment.id}&action=personas.segment.synced`, admin).then((r: any) => r.data),
        (a: any) => a.count === 2,
        10_000,
        100
      )
      expect(audit.entries[0]).toMatchObject({ actor_type: "system", actor_id: null, changes: { added: 1, removed: 0 } })
      // another order right after that sync (most likely the same minute): it gets a sync of its own
      await placeOrder(api, store, { token: second.token, email: second.customer.email!, items: [{ variantId: store.products[1].variantId, quantity: 1 }] })
      await waitFor(() => inGroup(second.customer.id), (v) => v === true, 30_000, 200)
    })
}
