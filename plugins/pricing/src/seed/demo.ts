import { defineDemoSeed } from "@finesse/core/demo-seed"
import { runAlerts } from "../engine/alerts-run"
import { runElasticity } from "../engine/elasticity-run"
import { seedAppliedBatch, seedStrategiesAndRun } from "./demo-batches"
import { seedDemoCompetitors } from "./demo-competitors"

/**
 * The pricing part of the demo store: three competitors with two months of prices (a price war, one out of stock),
 * elasticities estimated from the order history (the pricing plant varies some products' prices with a known
 * elasticity), one applied repricing batch six weeks old with its effect, the alerts, and a batch to approve.
 */
export default defineDemoSeed({
  plugin: "pricing",
  about: "competitors and their price history (a price war, one out of stock), elasticities, an applied batch, alerts, proposals to approve",
  steps: [
    { name: "competitors", run: (ctx) => seedDemoCompetitors(ctx.container, ctx.now, ctx.random("competitors")) },
    {
      name: "elasticity",
      run: async (ctx) => {
        const r = await runElasticity(ctx.container, { runId: "demo-seed", now: ctx.now })
        return `${r.products} products from ${r.lines} order lines: ${r.by_evidence.good} good, ${r.by_evidence.weak} weak, ${r.by_evidence.insufficient} insufficient evidence`
      },
    },
    { name: "applied-batch", run: (ctx) => seedAppliedBatch(ctx.container, ctx.now) },
    {
      name: "alerts",
      run: async (ctx) => {
        const r = await runAlerts(ctx.container, { now: ctx.now })
        return `${r.raised} alert(s): ${Object.entries(r.by_code).map(([k, n]) => `${n} ${k}`).join(", ") || "none"}; ${r.notified} sent to the admin feed`
      },
    },
    { name: "strategies-and-run", run: (ctx) => seedStrategiesAndRun(ctx.container, ctx.now) },
  ],
})
