import path from "node:path"
import { ARTIFACTS, defineBrowserSuite, waitFor } from "../browser-suite"

const DAY = 86_400_000

/**
 * Order facts for real customers, written into core's fact tables as core's subscribers would: regulars, lapsed
 * customers and one-time buyers, so the recompute has personas to find.
 */
async function seedFacts(customerIds: string[]) {
  const { Client } = require("pg")
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    const now = Date.now()
    let n = 0
    for (const [i, id] of customerIds.entries()) {
      const kind = i % 3
      const days = kind === 0 ? [3, 25, 47, 70, 95, 120, 150, 180, 210] : kind === 1 ? [260, 300, 330, 360] : [60 + (i % 50) * 4]
      for (const d of days) {
        const orderId = `order_e2e_${i}_${n++}`
        const placed = new Date(Math.floor((now - d * DAY) / 1000) * 1000)
        const subtotal = kind === 0 ? 6000 + (i % 5) * 900 : kind === 1 ? 3500 : 2200
        const discount = kind === 1 ? 500 : 0
        await db.query(
          `insert into finesse_order_fact (id, customer_id, currency_code, placed_at, status, item_count, units, subtotal, discount_total, total)
           values ($1, $2, 'eur', $3, 'completed', 1, $4, $5, $6, $7)`,
          [orderId, id, placed, 1 + (i % 3), subtotal, discount, subtotal - discount]
        )
        await db.query(
          `insert into finesse_order_line_fact (id, order_id, placed_at, status, customer_id, currency_code, product_id, category_id, quantity, unit_price, subtotal, total)
           values ($1, $2, $3, 'completed', $4, 'eur', $5, $6, 1, $7, $7, $7)`,
          [`${orderId}_1`, orderId, placed, id, `prod_e2e_${i % 4}`, ["pcat_e2e_shirts", "pcat_e2e_hats", "pcat_e2e_shoes"][i % 3], subtotal]
        )
      }
    }
  } finally {
    await db.end()
  }
}

export default defineBrowserSuite("Personas, Segments and Surveys pages", (ctx) => {

  it("shows persona cards, size and value charts and the RFM heatmap from a real recompute, and the customer widget", async () => {
    const ids: string[] = []
    const stamp = Date.now()
    for (let i = 0; i < 60; i++) {
      const { customer } = await ctx.http.post("/admin/customers", { email: `e2e-persona-${stamp}-${i}@finesse.test`, first_name: `Persona${i}`, last_name: "Shopper" })
      ids.push(customer.id)
    }
    await seedFacts(ids)
    const { job } = await ctx.http.post("/admin/finesse/personas/recompute", {})
    const done = await waitFor(() => ctx.http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => ["completed", "failed"].includes(j.state), 180_000)
    expect(done.state).toBe("completed")
    const { overview } = await ctx.http.get("/admin/finesse/personas/overview")
    expect(overview.cards.length).toBeGreaterThanOrEqual(2)
    await ctx.http.post("/admin/finesse/personas/segments", {
      name: "E2E regulars",
      rules: { all: [{ field: "profile.order_count", op: "gte", value: 5 }] },
      sync_enabled: true,
    })

    const page = await ctx.newPage()
    await page.goto(`${ctx.app.baseUrl}/app/finesse/personas`)
    const cards = page.locator('[data-testid="persona-card"]')
    await cards.first().waitFor({ state: "visible" })
    expect(await cards.count()).toBe(overview.cards.length)
    const names = await cards.locator("h3").allInnerTexts()
    expect(names.sort()).toEqual(overview.cards.map((c: any) => c.name).sort())
    await page.locator('[data-testid="chart-persona-size"] .recharts-bar-rectangle').first().waitFor({ state: "visible" })
    await page.locator('[data-testid="chart-persona-value"] .recharts-bar-rectangle').first().waitFor({ state: "visible" })
    const cells = page.locator('[data-testid="rfm-cell"]')
    expect(await cells.count()).toBe(25)
    const counted = (await cells.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))))).reduce((s, n) => s + n, 0)
    // the e2e database is shared with other specs: our 60 buyers at least, and the page agrees with the API
    expect(overview.totals.buyers).toBeGreaterThanOrEqual(60)
    expect(counted).toBe(overview.totals.buyers)
    expect(await page.locator('[data-testid="profile-row"]').count()).toBeGreaterThan(0)
    expect(await page.locator('[data-testid="tile-profiles"]').innerText()).toContain(overview.totals.profiles.toLocaleString("en-US"))
    // the app shell scrolls inside its main column: a tall viewport captures the whole page
    await page.setViewportSize({ width: 1440, height: 3000 })
    await page.waitForTimeout(500)
    await page.screenshot({ path: path.join(ARTIFACTS, "personas.png") })

    // the segment builder with its live preview
    await page.setViewportSize({ width: 1440, height: 1400 })
    await page.goto(`${ctx.app.baseUrl}/app/finesse/personas/segments`)
    await page.locator('[data-testid="segment-row"]').first().click()
    const previewCount = page.locator('[data-testid="preview-count"]')
    await previewCount.waitFor({ state: "visible" })
    expect(Number((await previewCount.innerText()).replace(/\D/g, ""))).toBe(20)
    await page.locator('[data-testid="sync-dry-run"]').click()
    await page.locator('[data-testid="sync-diff"]').waitFor({ state: "visible" })
    await page.screenshot({ path: path.join(ARTIFACTS, "personas-segment.png") })

    // the customer page widget
    await page.goto(`${ctx.app.baseUrl}/app/customers/${ids[0]}`)
    const persona = page.locator('[data-testid="widget-persona-name"]')
    await persona.waitFor({ state: "visible" })
    const profile = (await ctx.http.get(`/admin/finesse/personas/profiles/${ids[0]}`)).profile
    expect(await persona.innerText()).toBe(profile.persona_name)
    await page.screenshot({ path: path.join(ARTIFACTS, "personas-customer.png") })

    // the Surveys page: the active survey in the list, its questions in the results
    await ctx.http.post("/admin/finesse/personas/surveys", {
      key: "e2e_style",
      title: "E2E style survey",
      status: "active",
      incentive: { type: "percentage", value: 10 },
      questions: [
        { key: "fit", type: "single_choice", prompt: "Which fit do you prefer?", options: ["slim", "regular"] },
        { key: "nps", type: "scale", prompt: "How likely are you to recommend us?", min: 0, max: 10 },
      ],
    })
    await page.goto(`${ctx.app.baseUrl}/app/finesse/personas/surveys`)
    const surveyRow = page.locator('[data-testid="survey-row"]').filter({ hasText: "E2E style survey" })
    await surveyRow.waitFor({ state: "visible" })
    await surveyRow.click()
    await page.locator('[data-testid="survey-results"]').filter({ hasText: "Results: E2E style survey" }).waitFor({ state: "visible" })
    const summaries = page.locator('[data-testid="question-summary"]')
    await summaries.first().waitFor({ state: "visible" })
    expect(await summaries.allInnerTexts()).toEqual([expect.stringContaining("Which fit"), expect.stringContaining("recommend us")])
    await page.screenshot({ path: path.join(ARTIFACTS, "personas-surveys.png") })
    await page.close()
  })
})
