import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { describeDemoPlan, planDemoStore } from "../demo"
import { backdateFlowOrder } from "./backdate-flow-orders"
import { finishOrders, writeBulkOrders } from "./bulk-orders"
import { seedCatalog } from "./catalog"
import { DEMO_KEY_TITLE, emptyIds, phase, type SeedContext } from "./context"
import { seedCustomers } from "./customers"
import { seedBehaviourEvents, seedServerEvents } from "./events"
import { buildFactsAndRollups, createStorefrontKey, enqueueFactsBackfill, seedPlugins } from "./finish"
import { findOrdersByKey } from "./db"
import { placeFlowOrders } from "./flow-orders"
import { pickFlowOrders } from "./flow-selection"
import { parseSeedOptions } from "./options"
import { seedPromotions } from "./promotions"
import { setupStore } from "./setup-store"

/**
 * The demo seed, phase by phase. Each phase first looks at what is already there (by name, handle, SKU, e-mail,
 * order key in metadata, event client id) and writes only what is missing, so a second run is a no-op and a
 * killed run resumes where it stopped.
 */
export async function runDemoSeed(container: MedusaContainer, argv: string[]): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const t0 = Date.now()
  const options = parseSeedOptions(argv, process.env, Date.now())

  for (const key of ["finesse_data", "finesse_jobs"]) {
    if (!container.hasRegistration(key)) {
      throw new Error(`the @finesse/core module "${key}" is not loaded: build plugins/core (npm run build -w plugins/core) first`)
    }
  }
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const [done] = await apiKeyModule.listApiKeys({ title: DEMO_KEY_TITLE, type: "publishable" })
  if (done) {
    // the base store is complete; a plugin installed since then still adds its part
    logger.info(`[seed] the demo store is already seeded; publishable key: ${done.token}`)
    await phase({ logger }, "plugins", () => seedPlugins(container, logger, options), (s) => s)
    return
  }

  const plan = await phase(
    { logger },
    "plan",
    async () => planDemoStore(options),
    (p) => {
      const c = describeDemoPlan(p).counts
      return `seed ${options.seed}, scale ${options.scale}, until ${options.until}: ${c.products} products, ${c.customers} customers, ${c.orders} orders, ${c.events} events`
    }
  )
  const ctx: SeedContext = {
    container,
    logger,
    db: container.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    plan,
    ids: emptyIds(),
    now: new Date(),
    flowOrderIds: [],
  }

  // SEED_STOP_AFTER=catalog|flows|orders ends the run early (to test resuming, or to keep a half-seeded database)
  const stopAfter = process.env.SEED_STOP_AFTER
  const stop = (name: string) => {
    if (stopAfter !== name) return false
    logger.info(`[seed] stopping after "${name}" (SEED_STOP_AFTER)`)
    return true
  }
  await phase(ctx, "store", () => setupStore(ctx), (s) => s)
  // independent of each other: run side by side (Node works on one while Postgres stores the other)
  await Promise.all([
    phase(ctx, "catalog", () => seedCatalog(ctx), (s) => s),
    phase(ctx, "customers", () => seedCustomers(ctx), (s) => s),
    phase(ctx, "promotions", () => seedPromotions(ctx), (s) => s),
  ])
  if (stop("catalog")) return

  // A handful of orders through Medusa's own flows (alone: its many small queries starve next to bulk work), then
  // all other orders in their exact shape in bulk, side by side with the storefront events.
  const picks = pickFlowOrders(plan, ctx.now.getTime())
  await phase(
    ctx,
    "orders via Medusa's flows",
    async () => {
      const placed = await placeFlowOrders(ctx, picks)
      for (const p of picks) await backdateFlowOrder(ctx, p.order, placed.get(p.order.key)!)
      ctx.flowOrderIds = picks.map((p) => placed.get(p.order.key)!)
      const kinds = picks.map((p) => p.kind).reduce<Record<string, number>>((a, k) => ((a[k] = (a[k] ?? 0) + 1), a), {})
      return `${picks.length} orders (${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(", ")})`
    },
    (s) => s
  )
  if (stop("flows")) return
  await Promise.all([
    phase(ctx, "orders in bulk", () => writeBulkOrders(ctx, new Set(picks.map((p) => p.order.key))), (s) => s),
    phase(ctx, "behaviour events", () => seedBehaviourEvents(ctx), (s) => s),
  ])
  await finishOrders(ctx)
  ctx.ids.orders = await findOrdersByKey(
    ctx,
    plan.orders.map((o) => o.key)
  )
  if (ctx.ids.orders.size !== plan.orders.length) {
    throw new Error(`${plan.orders.length - ctx.ids.orders.size} plan orders are missing after the order phases`)
  }
  if (stop("orders")) return
  await phase(ctx, "server events", () => seedServerEvents(ctx), (s) => s)
  await phase(ctx, "facts and rollups", () => buildFactsAndRollups(ctx), (s) => s)
  await phase(ctx, "plugins", () => seedPlugins(container, logger, options), (s) => s)
  await phase(ctx, "facts announcement", () => enqueueFactsBackfill(ctx), (s) => s)
  const token = await phase(ctx, "publishable key", () => createStorefrontKey(ctx), () => `"${DEMO_KEY_TITLE}" linked to the demo channel`)
  logger.info(`[seed] done in ${((Date.now() - t0) / 1000).toFixed(1)} s; publishable key: ${token}`)
}
