import path from "node:path"
import type { Page } from "playwright-core"
import { ARTIFACTS, defineBrowserSuite, waitFor } from "../browser-suite"

const DAY = 86_400_000

/**
 * The Pricing page and the product pricing widget in headless Chromium, on data placed through the real APIs: a
 * product with a cost, two competitors in a price war over it (observations API), a competitive strategy on it, then
 * the repricing and alert jobs. The page shows the price war; a proposal is approved and applied from the page, the
 * storefront shows the new price, the batch is rolled back from the page and the storefront shows the old price.
 */
export default defineBrowserSuite("Pricing page and product pricing widget", (ctx) => {
  let page: Page
  let product: { id: string; variantId: string; title: string }
  let storefront: { key: string; regionId: string }
  const stamp = Date.now()
  const title = `E2E Pricing Lamp ${stamp}`

  /** What the storefront's calculated price of the lamp is in the region (major units). */
  const shelfPrice = async () => {
    const r = await fetch(`${ctx.app.baseUrl}/store/products?id=${product.id}&region_id=${storefront.regionId}&fields=id,*variants.calculated_price`, {
      headers: { "x-publishable-api-key": storefront.key },
    })
    const body = (await r.json()) as any
    return body.products?.[0]?.variants?.[0]?.calculated_price?.calculated_amount as number | undefined
  }

  beforeAll(async () => {
    const channel = (await ctx.http.post("/admin/sales-channels", { name: `Pricing e2e ${stamp}` })).sales_channel
    const key = (await ctx.http.post("/admin/api-keys", { title: `Pricing e2e ${stamp}`, type: "publishable" })).api_key
    await ctx.http.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel.id] })
    const regions = (await ctx.http.get("/admin/regions?currency_code=eur&limit=1")).regions
    const region = regions[0] ?? (await ctx.http.post("/admin/regions", { name: "Pricing e2e", currency_code: "eur", countries: ["lu"] })).region
    storefront = { key: key.token, regionId: region.id }
    const created = (
      await ctx.http.post("/admin/products", {
        title,
        status: "published",
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku: `E2E-PRICING-${stamp}`, manage_inventory: false, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 40 }] }],
        sales_channels: [{ id: channel.id }],
      })
    ).product
    product = { id: created.id, variantId: created.variants[0].id, title }
    await ctx.http.post("/admin/finesse/costs", { costs: [{ variant_id: product.variantId, currency_code: "eur", amount: 2000 }] })

    // two competitors undercut each other three times in nine days
    const a = (await ctx.http.post("/admin/finesse/pricing/competitors", { code: `e2e-a-${stamp}`, name: "E2E Shop A" })).competitor
    const b = (await ctx.http.post("/admin/finesse/pricing/competitors", { code: `e2e-b-${stamp}`, name: "E2E Shop B" })).competitor
    const at = (d: number) => new Date(Date.now() - d * DAY).toISOString()
    const obs = (c: string, price: number, d: number) => ({ competitor_id: c, variant_id: product.variantId, price, currency_code: "eur", observed_at: at(d) })
    const r = await ctx.http.post("/admin/finesse/pricing/observations", {
      observations: [obs(a.id, 3990, 10), obs(b.id, 3950, 10), obs(a.id, 3900, 7), obs(b.id, 3850, 5), obs(a.id, 3800, 2), obs(b.id, 3850, 1)],
    })
    expect(r.accepted).toBe(6)
    await ctx.http.post("/admin/finesse/pricing/assignments", { strategy: "competitive", args: { anchor: "min", mode: "match" }, scope: "product", scope_id: product.id })
    expect((await ctx.runJob("pricing.alerts", { run: `e2e-${stamp}` })).state).toBe("completed")
    const run = await ctx.runJob("pricing.reprice", { run: `e2e-${stamp}` })
    expect(run.state).toBe("completed")
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("shows the price war, approves and applies a proposal the storefront then shows, and rolls the batch back", async () => {
    expect(await shelfPrice()).toBe(40)
    await ctx.open(page, "/app/finesse/pricing", '[data-testid="pricing-alerts"]')
    // price wars come first in the alerts
    const war = page.locator('[data-testid="pricing-alert-row"][data-code="price_war"]', { hasText: title })
    await war.waitFor()
    expect(await war.innerText()).toContain("price war between")

    // the proposal: 40.00 → 38.00 (matching E2E Shop A, the lowest fresh price), waiting for a person
    const row = page.locator(`[data-testid="pricing-proposal-row"][data-variant="${product.variantId}"]`)
    await row.waitFor()
    expect(await row.innerText()).toContain("competitive")
    await ctx.shot(page, "pricing")
    await row.locator('[data-testid="approve-proposal"]').click()
    await row.waitFor({ state: "detached" })
    await page.locator('[data-testid="apply-batch"]').click()
    await waitFor(shelfPrice, (p) => p === 38, 30_000, 300)

    // the batch is applied; rolling it back restores 40.00 exactly
    const batch = page.locator('[data-testid="pricing-batch-row"][data-status="applied"]').first()
    await batch.waitFor()
    await batch.locator('[data-testid="rollback-batch"]').click()
    await page.locator(`[data-testid="pricing-batch-row"][data-number="${await batch.getAttribute("data-number")}"][data-status="rolled_back"]`).waitFor()
    await waitFor(shelfPrice, (p) => p === 40, 30_000, 300)
  })

  it("shows the price index by category and the strategies with their guardrails", async () => {
    await ctx.open(page, "/app/finesse/pricing", '[data-testid="tab-market"]')
    await page.locator('[data-testid="tab-market"]').click()
    await page.locator('[data-testid="price-index-chart"]').waitFor()
    await page.locator('[data-testid="price-index-product"]', { hasText: title }).waitFor()
    await page.locator('[data-testid="pricing-competitor-row"]', { hasText: "E2E Shop A" }).first().waitFor()
    await ctx.shot(page, "pricing-market")
    await page.locator('[data-testid="tab-rules"]').click()
    await page.locator('[data-testid="pricing-assignment-row"]', { hasText: title }).waitFor()
    await page.locator('[data-testid="guardrails-save"]').waitFor()
    await ctx.shot(page, "pricing-rules")
  })

  it("draws the product's price history with our price, its cost and the competitors", async () => {
    await ctx.open(page, `/app/products/${product.id}`, '[data-testid="product-pricing-widget"]')
    const widget = page.locator('[data-testid="product-pricing-widget"]')
    // a flat price line has no height, so wait for it in the page rather than for it to be "visible"
    await widget.locator('[data-testid="price-history-chart"] svg .recharts-line').first().waitFor({ state: "attached" })
    // our line, the cost line and one per competitor
    expect(await widget.locator('[data-testid="price-history-chart"] .recharts-line').count()).toBe(4)
    expect(await widget.locator('[data-testid="product-pricing-price"]').innerText()).toContain("40")
    expect(await widget.innerText()).toContain("price war between")
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(ARTIFACTS, "product-pricing.png") })
  })
})
