import type { Page } from "playwright-core"
import { defineBrowserSuite, waitFor } from "../browser-suite"

const DAY = 86_400_000

/** Order facts written straight into core's fact tables, as core's subscribers would (the report reads facts). */
async function insertFacts(rows: { id: string; customer: string; at: number; price: number; discount: number; codes: string[] | null }[]) {
  const { Client } = require("pg")
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    for (const r of rows) {
      const placed = new Date(Math.floor(r.at / 1000) * 1000)
      const cost = Math.round(r.price / 2)
      await db.query(
        `insert into finesse_order_fact (id, customer_id, currency_code, placed_at, status, item_count, units, subtotal, discount_total, total, cost_total, margin, cost_complete, promotion_codes, customer_order_index)
         values ($1, $2, 'eur', $3, 'completed', 1, 1, $4, $5, $6, $7, $8, true, $9, 2)`,
        [r.id, r.customer, placed, r.price, r.discount, r.price - r.discount, cost, r.price - r.discount - cost, r.codes]
      )
      await db.query(
        `insert into finesse_order_line_fact (id, order_id, placed_at, status, customer_id, currency_code, product_id, quantity, unit_price, subtotal, discount_total, total, unit_cost, cost_total, margin)
         values ($1, $2, $3, 'completed', $4, 'eur', 'prod_e2e_promo', 1, $5, $5, $6, $7, $8, $8, $9)`,
        [`${r.id}_1`, r.id, placed, r.customer, r.price, r.discount, r.price - r.discount, cost, r.price - r.discount - cost]
      )
    }
  } finally {
    await db.end()
  }
}

async function assignments(experimentId: string): Promise<{ customer_id: string; arm: string }[]> {
  const { Client } = require("pg")
  const db = new Client({ connectionString: process.env.DATABASE_URL })
  await db.connect()
  try {
    return (await db.query(`select customer_id, arm from finesse_promotion_assignment where experiment_id = $1`, [experimentId])).rows
  } finally {
    await db.end()
  }
}

/**
 * The promotion calendar and a promotion's report in headless Chromium: a promotion launched through the admin API
 * with a 50 % holdout of a customer group, order facts in which the treated customers bought more, the evaluation
 * job; then the calendar (with a promotion planned through its drawer and checked), the report page, the reports
 * list, the widget on Medusa's promotion page, and the experiment and channel pages.
 */
export default defineBrowserSuite("Promotion calendar, report, experiments and channels", (ctx) => {
  let page: Page
  const stamp = Date.now().toString(36).toUpperCase()
  const code = `E2EHOLD${stamp}`
  let promotionId = ""
  let experimentId = ""

  beforeAll(async () => {
    const ids: string[] = []
    for (let i = 0; i < 30; i++) ids.push((await ctx.http.post("/admin/customers", { email: `e2e-promo-${stamp}-${i}@finesse.test`, first_name: `Promo${i}` })).customer.id)
    const group = (await ctx.http.post("/admin/customer-groups", { name: `E2E promotion audience ${stamp}` })).customer_group
    await ctx.http.post(`/admin/customer-groups/${group.id}/customers`, { add: ids })
    const start = Date.now() - 6 * DAY
    const plan = await ctx.http.post("/admin/finesse/promotions/plans", {
      template: "flash_sale",
      name: `E2E holdout sale ${stamp}`,
      code,
      currency_code: "eur",
      starts_at: new Date(start).toISOString(),
      ends_at: new Date(Date.now() + 8 * DAY).toISOString(),
      audience_group_id: group.id,
      budget: { type: "spend", limit: 20_000 },
      args: { percentage: 10 },
    })
    promotionId = plan.plan.promotion_id
    const launched = await ctx.http.post(`/admin/finesse/promotions/plans/${promotionId}/launch`, { holdout_share: 0.5 })
    experimentId = launched.experiment.id
    // the treated customers bought twice during the sale, the held-out ones once; everyone bought before it
    const rows: Parameters<typeof insertFacts>[0] = []
    for (const [i, a] of (await assignments(experimentId)).entries()) {
      const price = 4_000 + (i % 5) * 500
      rows.push({ id: `order_e2e_promo_${stamp}_${i}_pre`, customer: a.customer_id, at: start - (20 + (i % 30)) * DAY, price, discount: 0, codes: null })
      rows.push({ id: `order_e2e_promo_${stamp}_${i}_a`, customer: a.customer_id, at: start + DAY, price, discount: a.arm === "treatment" ? price / 10 : 0, codes: a.arm === "treatment" ? [code] : null })
      if (a.arm === "treatment") rows.push({ id: `order_e2e_promo_${stamp}_${i}_b`, customer: a.customer_id, at: start + 3 * DAY, price, discount: price / 10, codes: [code] })
    }
    await insertFacts(rows)
    const { job } = await ctx.http.post(`/admin/finesse/promotions/plans/${promotionId}/evaluate`, {})
    const done = await waitFor(() => ctx.http.get(`/admin/finesse/jobs/${job.id}`).then((r) => r.job), (j) => ["completed", "failed"].includes(j.state), 120_000, 300)
    expect(done.state).toBe("completed")
    page = await ctx.newPage()
  })

  afterAll(async () => {
    await page?.close()
  })

  it("shows the calendar with the running promotion, and plans and checks a new one through its drawer", async () => {
    await ctx.open(page, "/app/finesse/promotions", `[data-testid="calendar-bar"][data-code="${code}"]`)
    expect(await page.locator(`[data-testid="calendar-bar"][data-code="${code}"]`).getAttribute("data-phase")).toBe("running")
    expect(await page.locator('[data-testid="plan-row"]').filter({ hasText: code }).count()).toBe(1)
    await ctx.shot(page, "promotions-calendar")

    await page.locator('[data-testid="plan-promotion"]').click()
    await page.locator('[data-testid="plan-drawer"]').waitFor({ state: "visible" })
    await page.locator('[data-testid="plan-name"]').fill(`E2E drawer sale ${stamp}`)
    await page.locator('[data-testid="plan-code"]').fill(`E2EDRAW${stamp}`)
    await page.locator('[data-testid="plan-arg-percentage"]').fill("35")
    await page.locator('[data-testid="plan-submit"]').click()
    await page.locator('[data-testid="promotion-page"]').filter({ hasText: `E2EDRAW${stamp}` }).waitFor({ state: "visible" })
    await page.locator('[data-testid="run-checks"]').click()
    const rows = page.locator('[data-testid="check-row"]')
    await rows.nth(4).waitFor({ state: "visible" })
    expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")))).sort()).toEqual(["budget_burn", "margin_floor", "peak_day_clash", "promotion_overlap", "stock_cover"])
    // it runs at the same time as the launched sale for everyone: the overlap check says so
    expect(await page.locator('[data-testid="check-row"][data-code="promotion_overlap"]').getAttribute("data-status")).not.toBe("pass")
    await ctx.shot(page, "promotions-planned")
  })

  it("shows the promotion's report against its holdout, the reports list and the widget on Medusa's promotion page", async () => {
    const { evaluation } = (await ctx.http.get(`/admin/finesse/promotions/plans/${promotionId}`)) as any
    expect(evaluation).toMatchObject({ status: "ready", design: "holdout" })
    await ctx.open(page, `/app/finesse/promotions/${promotionId}`, '[data-testid="promotion-report"]')
    const report = page.locator('[data-testid="promotion-report"]')
    expect(await report.getAttribute("data-verdict")).toBe(evaluation.verdict)
    expect(await page.locator('[data-testid="report-net-effect"]').innerText()).toContain("€")
    expect(await page.locator('[data-testid="report-reasons"] li').count()).toBeGreaterThan(0)
    await page.locator('[data-testid="report-effects-chart"] .recharts-bar-rectangle').first().waitFor({ state: "visible" })
    expect(await page.locator('[data-testid="experiment-card"]').innerText()).toContain("Held out")
    await ctx.shot(page, "promotions-report")

    await ctx.open(page, "/app/finesse/promotions/reports", `[data-testid="report-row"][data-code="${code}"]`)
    expect(await page.locator(`[data-testid="report-row"][data-code="${code}"]`).getAttribute("data-verdict")).toBe(evaluation.verdict)

    await ctx.open(page, `/app/promotions/${promotionId}`, '[data-testid="promotion-finesse-widget"]')
    expect(await page.locator('[data-testid="widget-report"]').innerText()).toContain("Net incremental")
    await ctx.shot(page, "promotions-widget")
  })

  it("shows the experiment's statistics and the channels page", async () => {
    await ctx.open(page, `/app/finesse/promotions/experiments?id=${experimentId}`, '[data-testid="experiment-stats"]')
    expect(await page.locator('[data-testid="experiment-metric"]').count()).toBe(3)
    expect(await page.locator('[data-testid="experiment-arm"]').count()).toBe(2)
    await ctx.shot(page, "promotions-experiment")
    await ctx.open(page, "/app/finesse/promotions/channels", '[data-testid="promotion-channels-page"]')
    await page.locator('[data-testid="spend-card"]').waitFor({ state: "visible" })
    await ctx.shot(page, "promotions-channels")
  })
})
