import type { SuiteContext } from "../../helpers/suite"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus } from "../../helpers/auth"


/** The suite's audit log (append-only, hash-chained, searchable, CSV) and the Finesse roles on admin routes. */
export function governanceSuite({ api, getContainer }: SuiteContext) {
    let admin: { headers: Record<string, string> }
    let adminId: string
    const userIdOf = async (h: { headers: Record<string, string> }) => (await api.get("/admin/users/me", h)).data.user.id as string
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any

    beforeEach(async () => {
      admin = await adminHeaders(getContainer(), "owner@finesse.test")
      adminId = await userIdOf(admin)
    })

    it("needs an admin login for the audit and role routes", async () => {
      for (const call of [
        () => api.get("/admin/finesse/audit"),
        () => api.get("/admin/finesse/audit/export"),
        () => api.get("/admin/finesse/audit/verify"),
        () => api.get("/admin/finesse/roles"),
        () => api.post("/admin/finesse/roles", {}),
      ]) {
        expect((await expectStatus(call())).status).toBe(401)
      }
    })

    it("records Finesse and Medusa admin writes with their author, searchable and exportable as CSV", async () => {
      // a Finesse write (a job started) and a Medusa write that changes customers (a customer group)
      await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { label: "audit" } }, admin)
      const group = (await api.post("/admin/customer-groups", { name: "VIP" }, admin)).data.customer_group
      // a failed write is not an audited change
      expect((await expectStatus(api.post("/admin/finesse/jobs", { kind: "nope.kind" }, admin))).status).toBe(400)

      const all = (await api.get("/admin/finesse/audit", admin)).data
      expect(all.count).toBe(2)
      const [groupEntry, jobEntry] = all.entries
      expect(groupEntry).toMatchObject({
        seq: 2,
        plugin: "medusa",
        action: "POST /admin/customer-groups",
        actor_type: "user",
        actor_id: adminId,
        actor_email: "owner@finesse.test",
      })
      expect(groupEntry.changes.body).toEqual({ name: "VIP" })
      expect(jobEntry).toMatchObject({ seq: 1, plugin: "core", action: "POST /admin/finesse/jobs", actor_id: adminId })

      // search and filters
      expect((await api.get("/admin/finesse/audit?plugin=core", admin)).data.count).toBe(1)
      expect((await api.get("/admin/finesse/audit?q=customer-groups", admin)).data.entries[0].seq).toBe(2)
      expect((await api.get(`/admin/finesse/audit?actor_id=${adminId}&limit=1`, admin)).data).toMatchObject({ count: 2, limit: 1 })
      expect((await api.get("/admin/finesse/audit?from=2000-01-01&to=2000-01-02", admin)).data.count).toBe(0)
      const bad = await expectStatus(api.get("/admin/finesse/audit?limit=5000", admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("limit")

      const csv = await api.get("/admin/finesse/audit/export", admin)
      expect(csv.headers["content-type"]).toContain("text/csv")
      const lines = String(csv.data).trim().split("\n")
      expect(lines[0]).toBe("seq,occurred_at,actor_type,actor_id,actor_email,plugin,action,resource_type,resource_id,summary,changes,hash")
      expect(lines).toHaveLength(3)
      expect(lines[2]).toContain("owner@finesse.test")
      expect(lines[2]).toContain("POST /admin/customer-groups")
      expect(lines[2]).toContain(group.id)
    })

    it("refuses changes to stored entries and detects a tampered entry by its hash chain", async () => {
      for (let i = 0; i < 3; i++) await api.post("/admin/customer-groups", { name: `Group ${i}` }, admin)
      expect((await api.get("/admin/finesse/audit/verify", admin)).data.verification).toMatchObject({ ok: true, checked: 3, broken: null })

      // the database itself refuses an update or a delete
      await expect(pg().raw(`update finesse_audit_entry set summary = 'nothing happened' where seq = 2`)).rejects.toThrow(/append-only/)
      await expect(pg().raw(`delete from finesse_audit_entry where seq = 3`)).rejects.toThrow(/append-only/)

      // someone who disables the trigger can change a row, but not without it being found
      await pg().raw(`alter table finesse_audit_entry disable trigger finesse_audit_entry_append_only`)
      await pg().raw(`update finesse_audit_entry set changes = '{"body":{"name":"Nobody"}}' where seq = 2`)
      await pg().raw(`alter table finesse_audit_entry enable trigger finesse_audit_entry_append_only`)
      const v = (await api.get("/admin/finesse/audit/verify", admin)).data.verification
      expect(v).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, reason: "payload_changed" } })
    })

    it("enforces roles on every Finesse admin route: analysts read, operators write, admins assign roles", async () => {
      const analyst = await adminHeaders(getContainer(), "analyst@finesse.test")
      const operator = await adminHeaders(getContainer(), "operator@finesse.test")
      const analystId = await userIdOf(analyst)
      const operatorId = await userIdOf(operator)

      // everybody is an admin until roles are assigned (the default role)
      const roles = (await api.get("/admin/finesse/roles", admin)).data
      expect(roles.default_role).toBe("admin")
      expect(roles.roles.map((r: any) => r.role)).toEqual(["analyst", "operator", "approver", "admin"])

      for (const [user_id, role] of [[analystId, "analyst"], [operatorId, "operator"]]) {
        expect((await api.post("/admin/finesse/roles", { user_id, role }, admin)).data.user_role).toMatchObject({ role, previous: "admin" })
      }
      expect((await api.get("/admin/finesse/roles/me", analyst)).data.user_role).toEqual({ user_id: analystId, role: "analyst" })

      // an analyst reads but changes nothing, on core's routes as on every other Finesse route
      expect((await api.get("/admin/finesse/jobs", analyst)).status).toBe(200)
      expect((await api.get("/admin/finesse/audit", analyst)).status).toBe(200)
      for (const call of [
        () => api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { label: "audit" } }, analyst),
        () => api.post("/admin/finesse/costs", { costs: [] }, analyst),
        () => api.post("/admin/finesse/personas/recompute", {}, analyst),
        () => api.post("/admin/finesse/roles", { user_id: analystId, role: "admin" }, analyst),
      ]) {
        const r = await expectStatus(call())
        expect(r.status).toBe(403)
        expect(r.data.message).toContain('your role is "analyst"')
      }
      // an operator writes, but cannot hand out roles
      expect((await api.post("/admin/finesse/jobs", { kind: "core.probe", payload: { label: "audit" } }, operator)).status).toBe(202)
      const denied = await expectStatus(api.post("/admin/finesse/roles", { user_id: operatorId, role: "admin" }, operator))
      expect(denied.status).toBe(403)
      expect(denied.data.message).toContain('needs the Finesse role "admin"')

      // bad input names the field; an admin cannot lock themselves out
      const bad = await expectStatus(api.post("/admin/finesse/roles", { user_id: analystId, role: "owner" }, admin))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("role")
      expect((await expectStatus(api.post("/admin/finesse/roles", { user_id: "user_nobody", role: "analyst" }, admin))).status).toBe(404)
      expect((await expectStatus(api.post("/admin/finesse/roles", { user_id: adminId, role: "analyst" }, admin))).status).toBe(400)

      // role changes are in the audit log with their author
      const log = (await api.get("/admin/finesse/audit?action=core.role.assigned", admin)).data
      expect(log.count).toBe(2)
      expect(log.entries[0]).toMatchObject({ actor_id: adminId, resource_id: operatorId, summary: "operator@finesse.test: Finesse role admin → operator" })
    })

    it("exports and erases one customer's Finesse data in every installed plugin (admin only, audited)", async () => {
      const customer = (await api.post("/admin/customers", { email: "erase-me@finesse.test", first_name: "Erin" }, admin)).data.customer
      const data = getContainer().resolve("finesse_data") as any
      const at = new Date(Date.now() - 3_600_000)
      await data.insertEvents(
        [0, 1, 2].map((i) => ({
          client_event_id: `gdpr-${i}`,
          type: "search",
          source: "storefront",
          anonymous_id: "anon-erin",
          session_id: "ses-erin",
          customer_id: customer.id,
          sales_channel_id: null,
          occurred_at: at,
          received_at: at,
          query: `red dress ${i}`,
        }))
      )
      const exported = (await api.get(`/admin/finesse/customers/${customer.id}/data`, admin)).data.customer_data
      expect(exported.customer_id).toBe(customer.id)
      const events = exported.plugins.core.data.events
      expect(events.filter((e: any) => e.type === "search").map((e: any) => e.query).sort()).toEqual(["red dress 0", "red dress 1", "red dress 2"])
      // core also recorded the sign-up itself (a server-side event)
      expect(events.map((e: any) => e.type)).toContain("customer_created")
      expect(Object.keys(exported.plugins)).toContain("core")

      // erasing needs a confirmation and the admin role
      const unconfirmed = await expectStatus(api.post(`/admin/finesse/customers/${customer.id}/erase`, {}, admin))
      expect(unconfirmed.status).toBe(400)
      expect(unconfirmed.data.message).toContain("confirm")
      const operator = await adminHeaders(getContainer(), "op-erase@finesse.test")
      await api.post("/admin/finesse/roles", { user_id: await userIdOf(operator), role: "operator" }, admin)
      expect((await expectStatus(api.get(`/admin/finesse/customers/${customer.id}/data`, operator))).status).toBe(403)
      expect((await expectStatus(api.post(`/admin/finesse/customers/${customer.id}/erase`, { confirm: true }, operator))).status).toBe(403)
      expect((await expectStatus(api.get(`/admin/finesse/customers/cus_nobody/data`, admin))).status).toBe(404)

      const erased = (await api.post(`/admin/finesse/customers/${customer.id}/erase`, { confirm: true }, admin)).data.erasure
      expect(erased.erased.core.events).toBe(events.length)
      const after = (await api.get(`/admin/finesse/customers/${customer.id}/data`, admin)).data.customer_data
      expect(after.plugins.core.data.events).toEqual([])
      const log = (await api.get(`/admin/finesse/audit?action=core.customer.erased`, admin)).data
      expect(log.entries[0]).toMatchObject({ resource_id: customer.id, actor_id: adminId })
      expect(log.entries[0].changes.core.events).toBe(events.length)
    })
}
