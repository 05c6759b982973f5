import { defineBrowserSuite } from "../browser-suite"

/** The Audit log page and the Finesse roles settings page, on changes made through the admin API. */
export default defineBrowserSuite("Audit log and Finesse roles", (ctx) => {
  it("lists an admin change with its author, verifies the chain and assigns a role that the log then shows", async () => {
    const stamp = Date.now()
    const { customer_group: group } = await ctx.http.post("/admin/customer-groups", { name: `Audit e2e ${stamp}` })
    const { entries } = await ctx.http.get(`/admin/finesse/audit?resource_id=${group.id}`)
    expect(entries).toHaveLength(1)

    const page = await ctx.newPage()
    await ctx.open(page, "/app/finesse/audit", '[data-testid="audit-row"]')
    await page.getByPlaceholder("Search").fill(group.id)
    const row = page.locator(`[data-testid="audit-row"][data-seq="${entries[0].seq}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain("admin@example.com")
    expect(await row.innerText()).toContain("POST /admin/customer-groups")
    await page.getByPlaceholder("Search").fill("")
    await page.locator('[data-testid="audit-verify"]').click()
    await page.locator('[data-testid="audit-verified"]').waitFor()
    await ctx.shot(page, "audit")

    // a second admin user gets the analyst role on the settings page
    const email = `analyst-${stamp}@finesse.test`
    const { invite } = await ctx.http.post("/admin/invites", { email })
    expect(invite.email).toBe(email)
    const created = await fetch(`${ctx.app.baseUrl}/auth/user/emailpass/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: "analyst-pass" }),
    }).then((r) => r.json() as Promise<{ token: string }>)
    await fetch(`${ctx.app.baseUrl}/admin/invites/accept?token=${invite.token}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${created.token}` },
      body: JSON.stringify({ email, first_name: "Ana", last_name: "Lyst" }),
    })
    await ctx.open(page, "/app/settings/finesse-roles", `[data-testid="role-row"][data-email="${email}"]`)
    const roleRow = page.locator(`[data-testid="role-row"][data-email="${email}"]`)
    await roleRow.getByRole("combobox").click()
    await page.getByRole("option", { name: "analyst", exact: true }).click()
    await page.locator(`[data-testid="role-row"][data-email="${email}"][data-role="analyst"]`).waitFor()
    await ctx.shot(page, "finesse-roles")
    const log = await ctx.http.get("/admin/finesse/audit?action=core.role.assigned")
    expect(log.entries[0].summary).toBe(`${email}: Finesse role admin → analyst`)
    await page.close()
  })
})
