import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateApiKeysWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_KEY_TITLE, type SeedContext } from "./context"

type JobsModule = {
  listJobKinds(): Promise<{ kind: string }[]>
  enqueue(kind: string, payload: unknown): Promise<{ id: string; status?: string }>
}

/** Asks the facts backfill (when that job kind exists) to build order facts from the orders just written. */
export async function enqueueFactsBackfill(ctx: SeedContext): Promise<string> {
  let jobs: JobsModule
  try {
    jobs = ctx.container.resolve("finesse_jobs") as JobsModule
  } catch {
    return "finesse_jobs module not loaded; skipped"
  }
  const kinds = await jobs.listJobKinds()
  if (!kinds.some((k) => k.kind === "core.facts-backfill")) return "core.facts-backfill not registered; skipped"
  const job = await jobs.enqueue("core.facts-backfill", {})
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
