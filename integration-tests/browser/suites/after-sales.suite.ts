import type { Page } from "playwright-core"
import { defineBrowserSuite, waitFor } from "../browser-suite"

/**
 * The after-sales inbox and a case page in headless Chromium, on cases opened through the admin API (an agent
 * taking a phone call for a customer): the inbox lists them with their SLA state and finds one by its RMA number;
 * on the case page an agent uses a saved reply suggestion, adds an internal note and resolves the case.
 */
export default defineBrowserSuite("After-sales inbox and case page", (ctx) => {
  let page: Page
  let urgent: any
  let calm: any
  const stamp = Date.now()

  beforeAll(async () => {
    const { customer } = await ctx.http.post("/admin/customers", { email: `e2e-aftersales-${stamp}@finesse.test`, first_name: "Grace", last_name: "Hopper" })
    await ctx.http.post("/admin/finesse/after-sales/replies", { key: `e2e_parcel_${stamp}`, title: "E2E: parcel on its way", body: "Hi {{customer.first_name | there}}, your parcel is on its way.", kinds: ["question"], reasons: [`e2e_${stamp}`] })
    urgent = (await ctx.http.post("/admin/finesse/after-sales/cases", { kind: "question", customer_id: customer.id, channel: "phone", priority: "urgent", reason: `e2e_${stamp}`, subject: `E2E parcel missing ${stamp}`, body: "The customer called: the parcel never arrived." })).case
    calm = (await ctx.http.post("/admin/finesse/after-sales/cases", { kind: "question", customer_id: customer.id, channel: "email", priority: "low", subject: `E2E invoice copy ${stamp}`, body: "Can I get a copy of the invoice?" })).case
    page = await ctx.newPage()
  })

  it("lists the cases with their clocks and finds one by RMA number", async () => {
    await ctx.open(page, "/app/finesse/after-sales", '[data-testid="inbox-row"]')
    await page.locator('[data-testid="after-sales-workload"]').waitFor({ state: "visible" })
    await ctx.shot(page, "after-sales-inbox")
    await page.locator('[data-testid="inbox-search"]').fill(urgent.rma_number)
    const row = page.locator(`[data-testid="inbox-row"][data-case-id="${urgent.id}"]`)
    await row.waitFor({ state: "visible" })
    await waitFor(() => page.locator('[data-testid="inbox-row"]').count(), (n) => n === 1, 20_000)
    expect(await row.innerText()).toContain(`E2E parcel missing ${stamp}`)
    expect(await row.locator('[data-testid="case-sla"]').getAttribute("data-sla")).toBe("ok")
    // the other case is in the inbox too, without the search
    await page.locator('[data-testid="inbox-search"]').fill(calm.rma_number)
    await page.locator(`[data-testid="inbox-row"][data-case-id="${calm.id}"]`).waitFor({ state: "visible" })
  })

  it("works a case: uses a suggested reply, adds a note and resolves it", async () => {
    await ctx.open(page, `/app/finesse/after-sales/cases/${urgent.id}`, '[data-testid="case-conversation"]')
    expect(await page.locator('[data-testid="case-status"]').getAttribute("data-status")).toBe("open")
    expect(await page.locator('[data-testid="case-message"]').count()).toBe(1)
    // an internal note first: agents see it, the customer never does
    await page.locator("#internal-note").click()
    await page.locator('[data-testid="composer-body"]').fill("Courier confirms it left the depot on Monday")
    await page.locator('[data-testid="send-message"]').click()
    await page.locator('[data-testid="case-message"][data-visibility="internal"]').waitFor({ state: "visible" })
    const suggestion = page.locator(`[data-testid="suggestion"][data-reply-key="e2e_parcel_${stamp}"]`)
    await suggestion.waitFor({ state: "visible" })
    await suggestion.click()
    expect(await page.locator('[data-testid="composer-body"]').inputValue()).toBe("Hi Grace, your parcel is on its way.")
    await page.locator('[data-testid="send-resolve"]').click()
    await waitFor(() => page.locator('[data-testid="case-status"]').getAttribute("data-status"), (s) => s === "resolved", 30_000)
    expect(await page.locator('[data-testid="case-message"]').count()).toBe(3)
    await ctx.shot(page, "after-sales-case")
    const api = (await ctx.http.get(`/admin/finesse/after-sales/cases/${urgent.id}`)).case
    expect(api).toMatchObject({ status: "resolved", sla: { first_response: { state: "met" } } })
    expect(api.messages.map((m: any) => m.visibility)).toEqual(["customer", "internal", "customer"])
    expect(api.messages.at(-1)).toMatchObject({ body: "Hi Grace, your parcel is on its way.", reply_key: `e2e_parcel_${stamp}` })
  })

  it("shows the policy editor and the satisfaction and complaints page", async () => {
    await ctx.open(page, "/app/finesse/after-sales/policy", '[data-testid="policy-rule"]')
    expect(await page.locator('[data-testid="policy-rule"][data-code="return_window"]').count()).toBe(1)
    await ctx.shot(page, "after-sales-policy")
    await ctx.open(page, "/app/finesse/after-sales/insights", '[data-testid="after-sales-insights"]')
    await ctx.shot(page, "after-sales-insights")
  })
})
