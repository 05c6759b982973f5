import { randomUUID } from "node:crypto"
import path from "node:path"
import type { Page } from "playwright-core"
import { ARTIFACTS, defineBrowserSuite, waitFor } from "../browser-suite"

/**
 * The Recommendations page, the Campaigns page and the product page widget in headless Chromium, with real data:
 * a small linen catalog, a trained model version, a rule, an experiment and a campaign made through the admin API.
 * Screenshots go to .artifacts/.
 */
export default defineBrowserSuite("Recommendations and Campaigns pages, product widget", (ctx) => {
  let page: Page
  const stamp = Date.now()
  const products: { id: string; title: string }[] = []

  beforeAll(async () => {
    const http = ctx.http
    const { stores } = await http.get("/admin/stores")
    const channel = stores[0].default_sales_channel_id
    const { region } = await http.post("/admin/regions", { name: `Recs EU ${stamp}`, currency_code: "eur", countries: [] })
    // three linen products among others: content similarity links the linen ones
    for (const title of ["Linen shirt", "Linen trousers", "Linen scarf", "Wool socks", "Cotton cap", "Leather belt", "Silk tie", "Denim jacket"]) {
      const { product } = await http.post("/admin/products", {
        title: `${title} ${stamp}`,
        status: "published",
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", options: { Size: "M" }, manage_inventory: false, prices: [{ amount: 30, currency_code: "eur" }] }],
        sales_channels: [{ id: channel }],
      })
      products.push({ id: product.id, title: product.title })
    }
    const { job } = await http.post("/admin/finesse/recommendations/train", {})
    await waitFor(() => http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => j.state === "completed" || j.state === "failed", 300_000, 500)
    // a storefront shows a "similar" list and the visitor clicks its first product; the feedback job reads both
    const { api_key: key } = await http.post("/admin/api-keys", { title: `Recs storefront ${stamp}`, type: "publishable" })
    await http.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [channel] })
    const store = (p: string, init: RequestInit = {}) =>
      fetch(`${ctx.app.baseUrl}${p}`, { ...init, headers: { "x-publishable-api-key": key.token, "content-type": "application/json" } }).then(async (r) => {
        if (!r.ok) throw new Error(`${p} → ${r.status} ${await r.text()}`)
        return r.json()
      })
    const { recommendation: shown } = await store(`/store/finesse/recommendations?placement=similar&product_id=${products[0].id}&region_id=${region.id}&limit=4&anonymous_id=e2e-visitor`)
    const ev = (type: string, properties: Record<string, unknown>, msAgo: number) => ({
      id: randomUUID(), type, anonymous_id: "e2e-visitor", session_id: "e2e-session", timestamp: new Date(Date.now() - msAgo).toISOString(), properties,
    })
    await store("/store/finesse/events", {
      method: "POST",
      body: JSON.stringify({
        events: [
          ev("recommendation_shown", { recommendation_id: shown.recommendation_id, placement: "similar", product_ids: shown.products.map((p: any) => p.id) }, 3000),
          ev("recommendation_clicked", { recommendation_id: shown.recommendation_id, placement: "similar", product_id: shown.products[0].id }, 2000),
        ],
      }),
    })
    const { job: feedback } = await http.post("/admin/finesse/jobs", { kind: "recommendations.feedback", payload: { run: `e2e-${stamp}` } })
    const read = await waitFor(() => http.get(`/admin/finesse/jobs/${feedback.id}`).then((r) => r.job), (j) => ["completed", "failed"].includes(j.state), 120_000, 500)
    expect(read).toMatchObject({ state: "completed", result: { impressions: 1, clicks: 1 } })
    await http.post("/admin/finesse/recommendations/rules", { name: "Pin the shirt", action: "pin", target_type: "product", target_id: products[0].id, placement: "trending", position: 1 })
    await http.post("/admin/finesse/recommendations/experiments", { name: "Blend vs trending", placement: "for_you", strategy_a: "blended", strategy_b: "trending", traffic_b: 50 })
    await http.post("/admin/finesse/campaigns", { name: `Cart reminder ${stamp}`, trigger: "abandoned_cart", channel: "feed" })
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("shows the serving model, its training history, rules and experiments", async () => {
    await page.goto(`${ctx.app.baseUrl}/app/finesse/recommendations`)
    const status = page.locator('[data-testid="model-status"]')
    await status.waitFor({ state: "visible" })
    await page.getByText(/Version \d+ serves since/).waitFor()
    expect(await page.locator('[data-testid="training-job"]').getAttribute("data-state")).toBe("completed")
    const serving = page.locator('[data-testid="version-row"][data-serving="true"]')
    await serving.waitFor()
    expect(await serving.innerText()).toContain("ready")
    // roll back offers the version the API names, or nothing; a holdout without enough buyers shows no figures
    // (other e2e specs share this database and may have trained versions or written order facts)
    const { status: current } = await ctx.http.get("/admin/finesse/recommendations/status")
    const rollback = page.locator('[data-testid="rollback-button"]')
    if (current.rollback_to) expect([await rollback.isDisabled(), await rollback.innerText()]).toEqual([false, `Roll back to v${current.rollback_to.number}`])
    else expect(await rollback.isDisabled()).toBe(true)
    const fy = current.serving.metrics.models.for_you
    expect(await status.innerText()).toContain(current.serving.metrics.skipped ? "too little data" : `${fy.all.ndcg.toFixed(3)} / ${fy.new.ndcg.toFixed(3)}`)
    // the storefront's impression and click, by placement
    const similarRow = page.locator('[data-testid="performance-row"][data-key="similar"]')
    await similarRow.waitFor()
    expect((await similarRow.innerText()).split(/\s+/).slice(0, 4)).toEqual(["similar", "1", "1", "100.0%"])
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-overview.png"), fullPage: true })

    await page.getByRole("tab", { name: "Merchandising rules" }).click()
    const rule = page.locator('[data-testid="rule-row"]', { hasText: "Pin the shirt" })
    await rule.waitFor()
    expect(await rule.innerText()).toContain("pin at #1")
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-rules.png"), fullPage: true })

    await page.getByRole("tab", { name: "Experiments" }).click()
    const exp = page.locator('[data-testid="experiment-row"]', { hasText: "Blend vs trending" })
    await exp.waitFor()
    expect(await exp.innerText()).toContain("draft")
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-experiments.png"), fullPage: true })

    // the preview runs the live pipeline: trending with the pinned shirt first
    await page.getByRole("tab", { name: "Preview" }).click()
    await page.locator('[data-testid="preview-placement"]').click()
    await page.getByRole("option", { name: "Trending" }).click()
    await page.locator('[data-testid="preview-submit"]').click()
    const first = page.locator('[data-testid="preview-result"] [data-testid="recommended-product"]').first()
    await first.waitFor()
    expect(await first.getAttribute("data-product-id")).toBe(products[0].id)
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-preview.png"), fullPage: true })
  })

  it("shows the product page widget with its bought-together and similar lists", async () => {
    await page.goto(`${ctx.app.baseUrl}/app/products/${products[0].id}`)
    const widget = page.locator('[data-testid="product-recommendations-widget"]')
    await widget.waitFor({ state: "visible" })
    await widget.scrollIntoViewIfNeeded()
    const similar = widget.locator('[data-testid="widget-similar"] [data-testid="recommended-product"]')
    await similar.first().waitFor()
    // content similarity: the other linen products are the shirt's neighbours
    const ids = await similar.evaluateAll((els) => els.map((e) => e.getAttribute("data-product-id")))
    expect(ids.slice(0, 2).sort()).toEqual([products[1].id, products[2].id].sort())
    expect(await widget.innerText()).toContain("Frequently bought together")
    await widget.screenshot({ path: path.join(ARTIFACTS, "recommendations-product-widget.png") })
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-product-page.png") })
  })

  it("shows campaigns with their figures", async () => {
    await page.goto(`${ctx.app.baseUrl}/app/finesse/campaigns`)
    const row = page.locator('[data-testid="campaign-row"]', { hasText: `Cart reminder ${stamp}` })
    await row.waitFor()
    expect(await row.innerText()).toContain("draft")
    await page.screenshot({ path: path.join(ARTIFACTS, "recommendations-campaigns.png"), fullPage: true })
  })
})
