import { defineDemoSeed } from "@finesse/core/demo-seed"
import { analyzeComplaints } from "../engine/complaints"
import { updateReplyIndex } from "../engine/reply-index"
import { runSlaSweep } from "../engine/sla-sweep"
import { seedDemoCases } from "./demo-cases"
import { seedDemoConfig } from "./demo-config"
import { seedDemoScenarios } from "./demo-scenarios"
import { readDemoStore } from "./demo-store"

/**
 * The after-sales part of the demo store: saved replies and warranty terms; half a year of support cases on the
 * store's past orders (questions, returns, exchanges, claims, repairs; the planted defective lamp driving defect
 * complaints), answered, resolved and surveyed, the last two weeks live in the inbox; the story's cases (a return
 * waiting for an agent, one approved and refunded through Medusa, one refused outside the window, a repair, the
 * serial returner); then what the jobs would do, in process: the reply index, the SLA clocks, the complaint analysis.
 */
export default defineDemoSeed({
  plugin: "after-sales",
  about: "support cases on past orders with surveys, a defective lamp topping the complaints, returns through Medusa, a repair and a serial returner",
  steps: [
    { name: "replies-and-warranty", run: (ctx) => seedDemoConfig(ctx.container) },
    { name: "case-history", run: async (ctx) => seedDemoCases(ctx, await readDemoStore(ctx.container, ctx.now.getTime())) },
    { name: "story-cases", run: async (ctx) => seedDemoScenarios(ctx, await readDemoStore(ctx.container, ctx.now.getTime())) },
    {
      name: "index-clocks-complaints",
      run: async (ctx) => {
        const now = ctx.now.getTime()
        const index = await updateReplyIndex(ctx.container)
        const sla = await runSlaSweep(ctx.container, now)
        const store = await readDemoStore(ctx.container, now)
        const c = await analyzeComplaints(ctx.container, { now, windowDays: 90 })
        const top = store.catalog.find((p) => p.id === c.top_product)?.title ?? c.top_product
        return `reply index v${index.version} (${index.documents} cases); SLA: ${sla.checked} checked, ${sla.breaches} breaches sent; complaints: ${c.cases} in ${c.topics} topics, top complaint rate: ${top}${store.defect && c.top_product === store.defect.id ? " (the planted defect)" : ""}`
      },
    },
  ],
})
