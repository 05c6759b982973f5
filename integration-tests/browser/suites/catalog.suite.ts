import type { Page } from "playwright-core"
import { defineBrowserSuite } from "../browser-suite"

const DAY = 86_400_000
const WEEK = 7 * DAY
const weekStart = (ms: number) => {
  const day = Math.floor(ms / DAY)
  return (day - ((day + 3) % 7)) * DAY
}

/** Rows into core's fact and event tables, as its subscribers would write them (the database is this run's own). */
async function withDb<T>(fn: (db: any) => Promise<T>): Promise<T> {
  const { Client } = require("pg")
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    return await fn(db)
  } finally {
    await db.end()
  }
}

/**
 * The Catalog and Supply pages and the product widget in headless Chromium, on data made through the admin API: a
 * stock location and sales channel of its own, a complete and an incomplete product with inventory there, rising
 * weekly sales of the complete one (line facts in its channel), searches for a term the store does not sell, and
 * the catalog jobs run through core's job runtime. Other suites share the database: everything is found by name.
 */
export default defineBrowserSuite("Catalog and Supply pages, product widget", (ctx) => {
  let page: Page
  const stamp = Date.now()
  const term = `e2e poncho ${stamp % 100000}`
  let good: { id: string; title: string; sku: string; variantId: string }
  let bad: { id: string; title: string }

  beforeAll(async () => {
    const http = ctx.http
    const { stock_location: location } = await http.post("/admin/stock-locations", { name: `E2E catalog warehouse ${stamp}` })
    const { sales_channel: channel } = await http.post("/admin/sales-channels", { name: `E2E catalog channel ${stamp}` })
    await http.post(`/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] })
    const make = async (title: string, complete: boolean, stocked: number) => {
      const sku = `E2E-CAT-${stamp}-${complete ? "A" : "B"}`
      const { product } = await http.post("/admin/products", {
        title,
        status: "published",
        ...(complete
          ? {
              description: Array.from({ length: 45 }, (_, i) => ["soft", "merino", "wool", "knitted", "warm", "classic"][i % 6]).join(" "),
              images: ["front", "back", "detail"].map((v) => ({ url: `https://img.finesse.test/e2e-${v}.jpg` })),
              thumbnail: "https://img.finesse.test/e2e-front.jpg",
              weight: 400,
              length: 30,
              width: 25,
              height: 5,
            }
          : {}),
        options: [{ title: "Size", values: ["M"] }],
        variants: [{ title: "M", sku, options: { Size: "M" }, manage_inventory: true, prices: [{ amount: 45, currency_code: "eur" }] }],
        sales_channels: [{ id: channel.id }],
      })
      const { inventory_items } = await http.get(`/admin/inventory-items?sku=${encodeURIComponent(sku)}`)
      await http.post(`/admin/inventory-items/${inventory_items[0].id}/location-levels`, { location_id: location.id, stocked_quantity: stocked })
      return { id: product.id as string, title: product.title as string, sku, variantId: product.variants[0].id as string }
    }
    good = await make(`E2E Merino Wrap Cardigan ${stamp}`, true, 4)
    bad = await make(`E2E Tee ${stamp % 1000}`, false, 30)
    // a category of two products: thin, so it shows among the categories with a problem
    const { product_category: category } = await http.post("/admin/product-categories", { name: `E2E Knitwear ${stamp}`, is_active: true })
    await http.post(`/admin/product-categories/${category.id}/products`, { add: [good.id, bad.id] })
    const asOf = weekStart(Date.now())
    await withDb(async (db) => {
      // 1, 2 … 8 lines a week over the last eight weeks: demand rises while 4 units are on hand
      for (let k = 0; k < 8; k++) {
        for (let j = 0; j <= 7 - k; j++) {
          const id = `ordli_e2ecat_${stamp}_${k}_${j}`
          const placed = new Date(asOf - (k + 1) * WEEK + (j + 1) * 3_600_000 * 10)
          await db.query(
            `insert into finesse_order_line_fact (id, order_id, placed_at, status, sales_channel_id, currency_code, product_id, variant_id, quantity, unit_price, subtotal, total)
             values ($1, $2, $3, 'completed', $4, 'eur', $5, $6, 1, 4500, 4500, 4500)`,
            [id, `order_e2ecat_${stamp}_${k}_${j}`, placed, channel.id, good.id, good.variantId]
          )
        }
      }
      for (let i = 0; i < 3; i++) {
        const at = new Date(Date.now() - (i + 1) * 3_600_000)
        await db.query(
          `insert into finesse_event (id, client_event_id, type, source, anonymous_id, session_id, occurred_at, received_at, query, result_count)
           values ($1, $1, 'search', 'storefront', $2, $2, $3, $3, $4, 0)`,
          [`fev_e2ecat_${stamp}_${i}`, `e2e-cat-${stamp}-${i}`, at, term]
        )
      }
    })
    for (const [kind, payload] of [
      ["catalog.quality", { run: `e2e-${stamp}` }],
      ["catalog.categories", { run: `e2e-${stamp}`, days: 30 }],
      ["catalog.forecast", { granularity: "week", run: `e2e-${stamp}`, replenish: false }],
      ["catalog.replenishment", { run: `e2e-${stamp}` }],
    ] as const) {
      const job = await ctx.runJob(kind, payload, 300_000)
      expect([kind, job.state, job.error]).toEqual([kind, "completed", null])
    }
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("Catalog: the quality to-do names the incomplete product's fixes; category health and the search gap show", async () => {
    await ctx.open(page, "/app/finesse/catalog", '[data-testid="quality-todo"]')
    await page.locator('[data-testid="stat-average-score"]').waitFor()
    const search = page.locator('[data-testid="quality-todo"] input[type="search"]')
    await search.fill(bad.title)
    const rows = page.locator(`[data-testid="todo-row"][data-product="${bad.id}"]`)
    await rows.first().waitFor()
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")))
    expect(codes).toEqual(expect.arrayContaining(["images", "description_length", "shipping_dimensions"]))
    expect(await page.locator(`[data-testid="todo-row"][data-product="${bad.id}"][data-code="images"]`).innerText()).toContain("no images")
    await page.locator('[data-testid="category-health"] input[type="search"]').fill(`E2E Knitwear ${stamp}`)
    const category = page.locator('[data-testid="category-health"] [data-testid="category-row"]').first()
    await category.getByText(`E2E Knitwear ${stamp}`).first().waitFor()
    expect(await category.getAttribute("data-flags")).toContain("thin")
    await page.locator(`[data-testid="search-gap-row"][data-query="${term}"]`).waitFor()
    await search.fill("")
    await page.locator('[data-testid="category-health"] input[type="search"]').fill("")
    await ctx.shot(page, "catalog")
  })

  it("Supply: the rising variant is to reorder, its forecast chart shows intervals, the list exports as CSV", async () => {
    await ctx.open(page, "/app/finesse/supply", '[data-testid="replenishment"]')
    const search = page.locator('[data-testid="replenishment"] input[type="search"]')
    await search.fill(good.sku)
    const row = page.locator(`[data-testid="replenishment-row"][data-variant="${good.variantId}"]`)
    await row.waitFor()
    expect(await row.getAttribute("data-reorder")).toBe("true")
    await row.click()
    const chart = page.locator('[data-testid="forecast-chart"]')
    await chart.getByText(good.title, { exact: false }).first().waitFor()
    // the 80 % and 95 % bands are drawn areas, the history and forecast lines
    await chart.locator(".recharts-area-area").first().waitFor()
    expect(await chart.locator(".recharts-area-area").count()).toBeGreaterThanOrEqual(2)
    expect(await chart.locator(".recharts-line-curve").count()).toBeGreaterThanOrEqual(2)
    const href = await page.locator('[data-testid="export-csv"]').getAttribute("href")
    expect(href).toContain("/admin/finesse/catalog/replenishment/export?")
    expect(href).toContain(`q=${encodeURIComponent(good.sku)}`)
    const csv = await page.evaluate(async (u) => (await fetch(u!, { credentials: "include" })).text(), href)
    expect(csv.split("\n")[0]).toMatch(/^variant_id,sku,title,location_id,location_name,supplier,suggested_qty/)
    expect(csv).toContain(good.variantId)
    await page.locator('[data-testid="abc-xyz"] [data-testid="matrix-AX"]').waitFor()
    await search.fill("")
    await ctx.shot(page, "supply")
  })

  it("Product page: the widget shows the quality score and the forecast", async () => {
    await ctx.open(page, `/app/products/${good.id}`, '[data-testid="product-catalog-widget"]')
    const widget = page.locator('[data-testid="product-catalog-widget"]')
    await widget.locator('[data-testid="widget-quality-score"]').waitFor()
    expect(await widget.locator('[data-testid="widget-quality-score"]').innerText()).toContain("/ 100")
    await widget.locator('[data-testid="widget-forecast"]').getByText(/Forecast, next \d+ weeks/).waitFor()
    await widget.locator('[data-testid="widget-reorder"]').waitFor()
    await ctx.shot(page, "catalog-product-widget")
  })
})
