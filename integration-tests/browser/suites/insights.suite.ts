import path from "node:path"
import type { Page } from "playwright-core"
import { ARTIFACTS, defineBrowserSuite, waitFor } from "../browser-suite"

/**
 * The Insights page and the product costs widget in headless Chromium, against data placed through the real APIs:
 * a sales channel with a publishable key and a product (admin API), then storefront events (store API). The page's
 * KPI cards must show what `GET /admin/finesse/kpis` answers for the same range and filters.
 */
export default defineBrowserSuite("Insights page and costs widget", (ctx) => {
  let page: Page
  let web: { id: string }
  let pos: { id: string }
  let product: { id: string; variantId: string; sku: string }

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
  const range = { from: day(-6), to: day(0) }

  beforeAll(async () => {
    // a storefront: a sales channel with a publishable key, and a second channel without traffic
    web = (await ctx.http.post("/admin/sales-channels", { name: "Insights e2e web" })).sales_channel
    pos = (await ctx.http.post("/admin/sales-channels", { name: "Insights e2e shop floor" })).sales_channel
    const key = (await ctx.http.post("/admin/api-keys", { title: "Insights e2e storefront", type: "publishable" })).api_key
    await ctx.http.post(`/admin/api-keys/${key.id}/sales-channels`, { add: [web.id] })
    const sku = `E2E-LAMP-${Date.now()}`
    const created = (
      await ctx.http.post("/admin/products", {
        title: "E2E Ceramic Lamp",
        status: "published",
        options: [{ title: "Size", values: ["M"] }],
        variants: [
          { title: "M", sku, manage_inventory: false, options: { Size: "M" }, prices: [{ currency_code: "eur", amount: 40 }] },
        ],
        sales_channels: [{ id: web.id }],
      })
    ).product
    product = { id: created.id, variantId: created.variants[0].id, sku }

    // three storefront sessions: view → cart → checkout, view → cart, view; plus a re-sent event and an unknown product
    const at = new Date(Date.now() - 5 * 60_000).toISOString()
    const ev = (id: string, session: string, type: string, properties: Record<string, unknown>) => ({
      id: `e2e-insights-${id}`,
      anonymous_id: `anon-${session}`,
      session_id: session,
      timestamp: at,
      type,
      properties,
    })
    const view = { product_id: product.id }
    const cart = { product_id: product.id, variant_id: product.variantId, quantity: 1 }
    const events = [
      ev("1", "s1", "product_viewed", view),
      ev("2", "s1", "cart_item_added", cart),
      ev("3", "s1", "checkout_started", { cart_id: "cart_e2e_1" }),
      ev("4", "s2", "product_viewed", view),
      ev("5", "s2", "cart_item_added", cart),
      ev("6", "s3", "product_viewed", view),
      ev("6", "s3", "product_viewed", view), // the same id twice: dropped as a duplicate
      ev("7", "s4", "product_viewed", { product_id: "prod_does_not_exist" }), // dropped: unknown product
    ]
    const r = await fetch(`${ctx.app.baseUrl}/store/finesse/events`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": key.token },
      body: JSON.stringify({ events }),
    })
    expect(r.status).toBe(200)
    expect((await r.json()) as object).toMatchObject({ accepted: 6, dropped: { duplicate: 1, unknown_product: 1 } })

    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  const open = (p: string, selector: string) => ctx.open(page, p, selector)

  // other suites write to this database too: read this suite's own storefront channel unless told otherwise
  const kpis = (extra = `&sales_channel_id=${web.id}`) =>
    ctx.http
      .get(`/admin/finesse/kpis?from=${range.from}&to=${range.to}&interval=day&compare=previous_period${extra}`)
      .then((r) => r.kpis)

  /** The card's raw number and its text as the page shows it. */
  const card = async (id: string) => {
    const el = page.locator(`[data-testid="kpi-${id}"]`)
    await el.waitFor({ state: "visible" })
    return {
      raw: await el.getAttribute("data-raw-value"),
      text: (await page.locator(`[data-testid="kpi-${id}-value"]`).innerText()).trim(),
    }
  }
  const formatCount = (v: number) =>
    page.evaluate((n) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(n), v)

  it("shows the KPI values the API returns, the funnel, data quality, and keeps filters in the URL", async () => {
    // the events just sent are in the rollups once a rollup job has run (other suites share this database, so the
    // report may not roll them up on read): run one and wait for it, rather than for a clock
    expect((await ctx.runJob("core.rollup", { run: `e2e-insights-${Date.now()}` })).state).toBe("completed")
    const report = await kpis()
    expect(report.summary.sessions.value).toBe(3)
    expect(report.funnel.map((f: { count: number }) => f.count)).toEqual([3, 2, 1, 0])

    await open(`/app/finesse?range=custom&from=${range.from}&to=${range.to}&sales_channel_id=${web.id}`, '[data-testid="kpi-sessions"]')
    const sessions = await card("sessions")
    expect(sessions.raw).toBe(String(report.summary.sessions.value))
    expect(sessions.text).toBe(await formatCount(report.summary.sessions.value))
    const orders = await card("orders")
    expect(orders.raw).toBe(String(report.summary.orders.value))
    const gmv = await card("gmv")
    expect(Number(gmv.raw)).toBe(report.summary.gmv.value)

    // funnel bars carry the API's counts; the cleaning report lists the two dropped events
    for (const step of report.funnel) {
      expect(await page.locator(`[data-testid="funnel-${step.step}"]`).getAttribute("data-count")).toBe(String(step.count))
    }
    await page.locator('[data-testid="data-quality-row"][data-reason="duplicate"]').waitFor()
    await page.locator('[data-testid="data-quality-row"][data-reason="unknown_product"]').waitFor()
    // no orders yet: the page says so instead of showing empty charts
    await page.locator('[data-testid="empty-no-orders"]').waitFor()

    // the whole page: the admin scrolls in an inner container, so grow the viewport to the page's height
    const height = await page
      .locator('[data-testid="insights-page"]')
      .evaluate((el: { getBoundingClientRect(): { top: number }; scrollHeight: number }) => el.getBoundingClientRect().top + el.scrollHeight + 32)
    await page.setViewportSize({ width: 1440, height: Math.ceil(Math.min(6000, Math.max(900, height))) })
    await page.waitForTimeout(800)
    await page.screenshot({ path: path.join(ARTIFACTS, "insights.png") })
    await page.setViewportSize({ width: 1440, height: 900 })

    // another channel, one without traffic: the URL carries it, the cards follow the API, and it survives a reload
    await page.locator('[data-testid="filter-channel"]').click()
    await page.getByRole("option", { name: "Insights e2e shop floor" }).click()
    await page.waitForURL((u) => u.searchParams.get("sales_channel_id") === pos.id)
    const filtered = await kpis(`&sales_channel_id=${pos.id}`)
    expect(filtered.summary.sessions.value).toBe(0)
    await waitFor(() => card("sessions").then((c) => c.raw), (raw) => raw === "0", 30_000)
    await page.locator('[data-testid="empty-no-events"]').waitFor()
    await page.reload()
    expect((await card("sessions")).raw).toBe("0")
    expect(await page.locator('[data-testid="filter-channel"]').innerText()).toContain("Insights e2e shop floor")
    expect(await page.locator('[data-testid="filter-range"]').innerText()).toContain("Custom range")

    // no filter: the whole store, as the API counts it
    await page.locator('[data-testid="filter-reset"]').click()
    await page.waitForURL((u) => !u.searchParams.has("sales_channel_id"))
    const store = await kpis("")
    expect(store.summary.sessions.value).toBeGreaterThanOrEqual(3)
    await waitFor(() => card("sessions").then((c) => c.raw), (raw) => raw === String(store.summary.sessions.value), 30_000)
  })

  it("edits a unit cost inline on the product page and imports costs from a CSV with a per-line report", async () => {
    await open(`/app/products/${product.id}`, '[data-testid="product-costs-widget"]')
    const widget = page.locator('[data-testid="product-costs-widget"]')
    const eur = widget.locator('[data-testid="cost-row"][data-currency="eur"]')
    await eur.waitFor()
    expect(await eur.innerText()).toContain("No cost")

    // inline edit in major units → stored in minor units
    await eur.locator('[data-testid="cost-add"]').click()
    await eur.locator('[data-testid="cost-input"]').fill("12.50")
    await eur.locator('[data-testid="cost-input"]').press("Enter")
    await widget.locator('[data-testid="cost-row"][data-currency="eur"][data-cost="1250"]').waitFor()
    const costs = await ctx.http.get(`/admin/finesse/products/${product.id}/costs`)
    expect(costs.variants[0].costs).toEqual([expect.objectContaining({ currency_code: "eur", amount: 1250 })])
    expect(await eur.innerText()).toContain("68.8") // (40.00 − 12.50) / 40.00

    // CSV import: one good row, one unknown SKU on line 3
    await widget.getByRole("button", { name: "Import CSV" }).click()
    const drawer = page.locator('[data-testid="cost-import-drawer"]')
    await drawer.waitFor()
    await drawer.locator('[data-testid="cost-import-file"]').setInputFiles({
      name: "costs.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`sku,currency_code,cost\n${product.sku},usd,9.99\nNO-SUCH-SKU,eur,1\n`),
    })
    await drawer.locator('[data-testid="cost-import-submit"]').click()
    const summary = drawer.locator('[data-testid="cost-import-summary"]')
    await summary.waitFor({ timeout: 120_000 })
    expect(await summary.innerText()).toContain("1 cost imported, 1 row skipped")
    expect(await drawer.locator('[data-testid="cost-import-error-row"]').getAttribute("data-line")).toBe("3")
    expect(await drawer.locator('[data-testid="cost-import-status"]').getAttribute("data-state")).toBe("completed")
    await page.keyboard.press("Escape")
    await widget.locator('[data-testid="cost-row"][data-currency="usd"][data-cost="999"]').waitFor()

    // the closed drawer hands focus back to its button; click the heading so the screenshot has no focus ring
    await page.waitForTimeout(500)
    await widget.getByRole("heading", { name: "Unit costs" }).click()
    await widget.scrollIntoViewIfNeeded()
    await widget.screenshot({ path: path.join(ARTIFACTS, "product-costs.png") })

    // delete from the row's menu, after confirming: the row goes back to the clear "no cost" state
    await eur.getByRole("button", { name: "Cost actions" }).click()
    await page.getByRole("menuitem", { name: "Delete cost" }).click()
    await page.getByRole("button", { name: "Delete", exact: true }).click()
    await widget.locator('[data-testid="cost-row"][data-currency="eur"][data-cost=""]').waitFor()
    expect(await eur.innerText()).toContain("No cost")
    const after = await ctx.http.get(`/admin/finesse/products/${product.id}/costs`)
    expect(after.variants[0].costs.map((c: { currency_code: string }) => c.currency_code)).toEqual(["usd"])
  })
})
