import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { runDemoSeeds } from "@finesse/core/demo-seed"
import { DEMO_KEY_TITLE, type SeedContext } from "./context"
import type { DemoPlanOptions } from "../demo"

type JobsModule = {
  listJobKinds(): Promise<{ kind: string }[]>
  enqueue(kind: string, payload: unknown): Promise<{ id: string; status?: string }>
}

/** The part of @finesse/core's data service the seed uses. */
type FinesseData = {
  factsComplete(): Promise<boolean>
  backfillFacts(opts: { pageSize: number; onPage?: (at: { done: number }, total: number) => Promise<void> }): Promise<{ orders: number }>
  refreshAllDirtyRollups(): Promise<{ sales_days: number; traffic_days: number }>
}

/**
 * Builds every order's facts and the daily rollups right here (the seed runs in `medusa exec`, where jobs only
 * queue), so the plugins' demo seeds that follow can read them.
 */
export async function buildFactsAndRollups(ctx: SeedContext): Promise<string> {
  const data = ctx.container.resolve<FinesseData>("finesse_data")
  let orders = 0
  if (!(await data.factsComplete())) {
    orders = (
      await data.backfillFacts({
        pageSize: 2000,
        onPage: async (at, total) => {
          if (at.done % 10_000 < 2000) ctx.logger.info(`[seed] facts: ${at.done} of ${total} orders`)
        },
      })
    ).orders
  }
  const r = await data.refreshAllDirtyRollups()
  return `${orders ? `facts of ${orders} orders` : "facts complete"}; ${r.sales_days} sales and ${r.traffic_days} traffic day rollups`
}

/**
 * Every installed plugin's part of the demo store (`@finesse/core/demo-seed`), resuming where a run stopped. Its
 * calendar is the store's own (the day after the last order is "today"), so a plugin added to a demo store seeded
 * earlier lines up with that store's history.
 */
export async function seedPlugins(container: MedusaContainer, logger: Logger, options: DemoPlanOptions): Promise<string> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const r = await db.raw(`select min(created_at) first, max(created_at) last from "order" where deleted_at is null`)
  const last = r.rows[0]?.last ? new Date(r.rows[0].last) : new Date(Date.parse(`${options.until}T00:00:00Z`))
  const first = r.rows[0]?.first ? new Date(r.rows[0].first) : last
  const day = Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate())
  const ran = await runDemoSeeds({
    container,
    logger,
    now: new Date(day + 86_400_000),
    historyStart: new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)),
    historyEnd: new Date(day + 86_400_000 - 1),
    seed: options.seed,
    scale: options.scale,
  })
  const plugins = [...new Set(ran.map((x) => x.plugin))]
  return ran.length ? `${ran.length} steps of ${plugins.join(", ")}` : "nothing to add"
}

/**
 * Tells the app, once it runs, that the facts were backfilled (rollups, personas, recommendations recompute in
 * full on that); the job rebuilds nothing when every order already has its facts.
 */
export async function enqueueFactsBackfill(ctx: SeedContext): Promise<string> {
  let jobs: JobsModule
  try {
    jobs = ctx.container.resolve("finesse_jobs") as JobsModule
  } catch {
    return "finesse_jobs module not loaded; skipped"
  }
  const kinds = await jobs.listJobKinds()
  if (!kinds.some((k) => k.kind === "core.facts-backfill")) return "core.facts-backfill not registered; skipped"
  const job = await jobs.enqueue("core.facts-backfill", { run: "demo", if_incomplete: true })
  return `core.facts-backfill queued as ${job.id}`
}

/**
 * The publishable key of the demo storefront, linked to the demo sales channel. Its existence under its final
 * title is what `npm start` (scripts/setup.mjs) takes as "the seed is complete", so it is created under a working
 * title, linked, and only then renamed: a run killed in between never looks complete.
 */
export async function createStorefrontKey(ctx: SeedContext): Promise<string> {
  const { container, ids } = ctx
  const apiKeys = container.resolve(Modules.API_KEY)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [done] = await apiKeys.listApiKeys({ title: DEMO_KEY_TITLE, type: "publishable" })
  if (done) return done.token
  let [key] = await apiKeys.listApiKeys({ title: WORKING_TITLE, type: "publishable" })
  if (!key) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: { api_keys: [{ title: WORKING_TITLE, type: "publishable", created_by: "" }] },
    })
    key = result[0]
  }
  const { data } = await query.graph({ entity: "api_key", fields: ["id", "sales_channels.id"], filters: { id: key.id } })
  const linked = ((data[0] as any)?.sales_channels ?? []).some((c: any) => c?.id === ids.sales_channel_id)
  if (!linked) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [ids.sales_channel_id] } })
  }
  await updateApiKeysWorkflow(container).run({ input: { selector: { id: key.id }, update: { title: DEMO_KEY_TITLE } } })
  return key.token
}

const WORKING_TITLE = `${DEMO_KEY_TITLE} (seeding)`
