import { defineDemoSeed } from "@finesse/core/demo-seed"
import { evaluateAndStore } from "../engine/evaluate"
import { DAY_MS } from "../engine/helpers"
import { dbOf, mainCurrency, soldProducts } from "../reads/core-tables"
import { loadPromotions } from "../reads/medusa"
import { createPromotionPlanWorkflow } from "../workflows/planning/create-promotion-plan"
import { runPromotionChecksWorkflow } from "../workflows/planning/run-promotion-checks"
import { seedDemoChannels } from "./demo-channels"
import { DEMO_PROMOTIONS, seedDemoHoldouts } from "./demo-holdouts"

/**
 * The promotions part of the demo store: the planted VIP10 and FLASH30 recorded as holdout experiments with their
 * Medusa customer groups, their evaluation reports (and Black Friday's, which had no holdout), a year of channel
 * spend with the attribution of every order, and an upcoming weekend sale the pre-launch checks warn about.
 */
export default defineDemoSeed({
  plugin: "promotions",
  about: "two past promotions with holdouts and their reports, channel spend and attribution, a planned sale with warnings",
  steps: [
    { name: "holdout-experiments", run: (ctx) => seedDemoHoldouts(ctx.container) },
    {
      name: "evaluations",
      run: async (ctx) => {
        const codes = [...DEMO_PROMOTIONS.map((d) => d.code), "BLACKFRIDAY25"]
        const promotions = await loadPromotions(ctx.container, { code: codes })
        const out: string[] = []
        for (const p of promotions) {
          const row = (await evaluateAndStore(ctx.container, p.id, { now: ctx.now.getTime() })) as any
          out.push(`${p.code} ${row.verdict ?? row.status}${row.net_effect != null ? ` (net ${row.net_effect})` : ""}`)
        }
        return out.join("; ") || "nothing to evaluate"
      },
    },
    { name: "channels", run: (ctx) => seedDemoChannels(ctx.container, ctx.now) },
    {
      name: "planned-weekend-sale",
      run: async (ctx) => {
        const { container, now } = ctx
        if ((await loadPromotions(container, { code: "WEEKEND40" })).length) return "WEEKEND40 is already planned"
        const db = dbOf(container)
        const currency = await mainCurrency(db)
        const top = await soldProducts(db, { since: new Date(now.getTime() - 90 * DAY_MS), until: now, currency_code: currency }, null, 5)
        // the next Friday, 00:00 UTC, to Monday night
        const day = Math.floor(now.getTime() / DAY_MS) * DAY_MS
        const friday = day + (((5 - new Date(day).getUTCDay() + 7) % 7 || 7) * DAY_MS)
        const { result } = await createPromotionPlanWorkflow(container).run({
          input: {
            template: { template: "flash_sale", name: "Weekend sale on the best sellers", code: "WEEKEND40", currency_code: currency, startsAt: friday, endsAt: friday + 4 * DAY_MS, args: { percentage: 40, product_ids: top.map((t) => t.product_id) } },
            expected_uplift: 0.6,
            created_by: null,
          },
        })
        const { result: checks } = await runPromotionChecksWorkflow(container).run({ input: { promotion_id: result.plan.promotion_id, now: now.getTime() } })
        return `WEEKEND40 planned on ${top.length} best sellers: checks ${checks.status} (${checks.results.map((r) => `${r.code} ${r.status}`).join(", ")})`
      },
    },
  ],
})
