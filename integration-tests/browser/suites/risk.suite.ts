import type { Page } from "playwright-core"
import { defineBrowserSuite, waitFor, type BrowserSuiteContext } from "../browser-suite"

/**
 * A storefront the suite can really check out in, made through the admin API in the shared e2e database: a stock
 * location shipping to Germany with a flat shipping option, a product, a publishable key, and the region that holds
 * Germany (created when no region does) with the system payment provider.
 */
async function storefront(ctx: BrowserSuiteContext, stamp: number) {
  const http = ctx.http
  const { stores } = await http.get("/admin/stores")
  const channel = stores[0].default_sales_channel_id
  const { regions } = await http.get("/admin/regions?limit=200&fields=id,currency_code,countries.iso_2,payment_providers.id")
  let region = regions.find((r: any) => r.currency_code === "eur" && r.countries.some((c: any) => c.iso_2 === "de"))
  if (!region) {
    region = (await http.post("/admin/regions", { name: `Risk EU ${stamp}`, currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] })).region
  } else if (!(region.payment_providers ?? []).some((p: any) => p.id === "pp_system_default")) {
    await http.post(`/admin/regions/${region.id}`, { payment_providers: [...region.payment_providers.map((p: any) => p.id), "pp_system_default"] })
  }
  const { shipping_profiles } = await http.get("/admin/shipping-profiles?type=default")
  const profile = shipping_profiles[0] ?? (await http.post("/admin/shipping-profiles", { name: `Risk ${stamp}`, type: "default" })).shipping_profile
  const { stock_location: location } = await http.post("/admin/stock-locations", { name: `Risk warehouse ${stamp}`, address: { address_1: "Torstr. 1", city: "Berlin", country_code: "de" } })
  await http.post(`/admin/stock-locations/${location.id}/sales-channels`, { add: [channel] })
  await http.post(`/admin/stock-locations/${location.id}/fulfillment-providers`, { add: ["manual_manual"] })
  const withSet = (await http.post(`/admin/stock-locations/${location.id}/fulfillment-sets?fields=id,fulfillment_sets.id,fulfillment_sets.name`, { name: `Risk shipping ${stamp}`, type: "shipping" })).stock_location
  const set = withSet.fulfillment_sets.find((s: any) => s.name === `Risk shipping ${stamp}`)
  const zoneSet = (await http.post(`/admin/fulfillment-sets/${set.id}/service-zones`, { name: `Germany ${stamp}`, geo_zones: [{ type: "country", country_code: "de" }] })).fulfillment_set
  const zone = zoneSet.service_zones.find((z: any) => z.name === `Germany ${stamp}`)
  const { shipping_option: option } = await http.post("/admin/shipping-options", {
    name: `Risk standard ${stamp}`,
    service_zone_id: zone.id,
    shipping_profile_id: profile.id,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Standard", description: "2-3 days", code: "standard" },
    prices: [{ currency_code: "eur", amount: 5 }],
    rules: [
      { attribute: "enabled_in_store", value: "true", operator: "eq" },
      { attribute: "is_return", value: "false", operator: "eq" },
    ],
  })
  const { product } = await http.post("/admin/products", {
    title: `Risk e2e watch ${stamp}`,
    status: "published",
    shipping_profile_id: profile.id,
    options: [{ title: "Size", values: ["One"] }],
    variants: [{ title: "One", options: { Size: "One" }, manage_inventory: false, prices: [{ amount: 180, currency_code: "eur" }] }],
    sales_channels: [{ id: channel }],
  })
  const { api_key: key } = await http.post("/admin/api-keys", { title: `Risk storefront ${stamp}`, type: "publishable" })
  await http.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel] })
  const store = async (p: string, body?: unknown, headers: Record<string, string> = {}) => {
    const r = await fetch(`${ctx.app.baseUrl}${p}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "x-publishable-api-key": key.token, "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await r.json().catch(() => null)
    if (!r.ok) throw new Error(`${p} → ${r.status} ${JSON.stringify(data)}`)
    return data
  }
  /** A new customer account that checks out once on `device` (the storefront's anonymous id). */
  const shopper = async (i: number, device: string) => {
    const email = `risk-e2e-${stamp}-${i}@example.org`
    const auth = async (what: string) =>
      (await fetch(`${ctx.app.baseUrl}/auth/customer/emailpass${what}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: "shopper-pass" }) }).then((r) => r.json())).token
    const registration = await auth("/register")
    await store("/store/customers", { email, first_name: `Ring${i}`, last_name: "E2e" }, { authorization: `Bearer ${registration}` })
    const h = { authorization: `Bearer ${await auth("")}` }
    const { cart } = await store(
      "/store/carts",
      {
        region_id: region.id,
        sales_channel_id: channel,
        email,
        items: [{ variant_id: product.variants[0].id, quantity: 1 }],
        shipping_address: { first_name: `Ring${i}`, last_name: "E2e", address_1: `Kantstr. ${10 + i}`, city: "Berlin", country_code: "de", postal_code: "10623" },
      },
      h
    )
    await store(`/store/carts/${cart.id}/shipping-methods`, { option_id: option.id }, h)
    const { payment_collection } = await store("/store/payment-collections", { cart_id: cart.id }, h)
    await store(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, h)
    const done = await store(`/store/carts/${cart.id}/complete`, {}, { ...h, "x-finesse-anonymous-id": device })
    if (done.type !== "order") throw new Error(`checkout ${i} did not complete: ${JSON.stringify(done).slice(0, 300)}`)
    return done.order
  }
  return { shopper }
}

/** The Risk page (review queue with reasons, approve), its Rules & lists and Model tabs, the Alerts page and the order widget. */
export default defineBrowserSuite("Risk and Alerts pages, order risk widget", (ctx) => {
  const stamp = Date.now()
  const device = `anon-risk-e2e-${stamp}`
  let held: { id: string; display_id: number }
  let page: Page

  beforeAll(async () => {
    const { shopper } = await storefront(ctx, stamp)
    // two accounts made minutes apart checking out on one phone: the second order is held
    await shopper(0, device)
    held = await shopper(1, device)
    const { assessment } = await ctx.http.get(`/admin/finesse/risk/orders/${held.id}`)
    expect(assessment).toMatchObject({ decision: "review", review_status: "pending" })
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("shows the held order in the review queue with its reasons, and approving it captures the payment", async () => {
    await ctx.open(page, "/app/finesse/risk", '[data-testid="risk-queue-row"]')
    const row = page.locator('[data-testid="risk-queue-row"]', { hasText: `#${held.display_id}` })
    await row.waitFor()
    expect(await row.innerText()).toContain("shared device")
    await ctx.shot(page, "risk-queue")
    await row.click()
    const drawer = page.locator('[data-testid="risk-review-drawer"]')
    await drawer.waitFor()
    expect(await drawer.locator('[data-testid="risk-signal-hit"]').first().innerText()).toContain("Linked new accounts")
    await ctx.shot(page, "risk-review-drawer")
    await drawer.locator('[data-testid="risk-approve"]').click()
    await drawer.waitFor({ state: "hidden" })
    const { assessment } = await waitFor(() => ctx.http.get(`/admin/finesse/risk/orders/${held.id}`), (r) => r.assessment.review_status === "approved", 30_000)
    expect(assessment.reviewed_by).toBeTruthy()
    const { order } = await ctx.http.get(`/admin/orders/${held.id}?fields=id,payment_collections.payments.captured_at`)
    expect(order.payment_collections[0].payments[0].captured_at).toBeTruthy()
  })

  it("shows the score and reasons on the order page", async () => {
    await ctx.open(page, `/app/orders/${held.id}`, '[data-testid="order-risk-widget"]')
    const widget = page.locator('[data-testid="order-risk-widget"]')
    await widget.locator('[data-testid="order-risk-score"]').waitFor()
    expect(await widget.innerText()).toContain("Approved")
    expect(await widget.locator('[data-testid="order-risk-score"]').innerText()).toContain("Review")
    await ctx.shot(page, "risk-order-widget")
  })

  it("shows the rules with a back-test, and the model status", async () => {
    await ctx.open(page, "/app/finesse/risk/rules", '[data-testid="risk-rule-row"]')
    expect(await page.locator('[data-testid="risk-rule-row"]').count()).toBeGreaterThanOrEqual(11)
    await page.locator('[data-testid="risk-run-backtest"]').click()
    await page.locator('[data-testid="risk-backtest-caught"]').waitFor()
    await ctx.shot(page, "risk-rules")
    await ctx.open(page, "/app/finesse/risk/model", '[data-testid="risk-labels"]')
    await ctx.shot(page, "risk-model")
  })

  it("shows KPI incidents on the Alerts page with their baseline chart", async () => {
    const { job } = await ctx.http.post("/admin/finesse/risk/anomalies/run", { days: 30 })
    await waitFor(() => ctx.http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => ["completed", "failed"].includes(j.state), 60_000)
    const { count } = await ctx.http.get("/admin/finesse/risk/incidents")
    await ctx.open(page, "/app/finesse/alerts", count ? '[data-testid="risk-incident-row"]' : '[data-testid="risk-incidents"]')
    if (count) await page.locator('[data-testid="risk-incident-chart"]').first().waitFor()
    await ctx.shot(page, "risk-alerts")
  })
})
