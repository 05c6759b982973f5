import { Rng } from "../prng"
import type { DemoPlan } from "../types"
import { catalogPlant } from "./catalog"
import { pricingPlant } from "./pricing"
import { promotionsPlant } from "./promotions"
import { afterSalesPlant } from "./after-sales"
import { riskPlant } from "./risk"

/**
 * A capability plugin's planted truth in the demo store's history: orders, customers and events with a pattern its
 * algorithms must find (a fraud ring, an outage day, a promotion's holdout, a price change with a known elasticity…).
 * A plant adds to or adjusts the plan; what it planted goes to `plan.truth[name]` for the plugin's benchmark, never
 * into the store. The plugin's own demo data (competitors, cases, rate tables) comes from its demo seed
 * (`@finesse/core/demo-seed`), which finds these orders in the store like any other.
 */
export type DemoPlant = {
  /** the plugin it serves, also its key in `plan.truth` */
  name: string
  plant(plan: DemoPlan, rng: Rng): unknown
}

/** Every plant, applied in this order after the base plan (each gets its own random stream). */
export const PLANTS: DemoPlant[] = [promotionsPlant, afterSalesPlant, pricingPlant, catalogPlant, riskPlant]

/**
 * Applies the plants, then restores the plan's invariants: orders sorted by time and keyed `ord_NNNNNN` in that
 * order, customers by key, events by time.
 */
export function applyPlants(plan: DemoPlan, seed: number, plants: DemoPlant[] = PLANTS): DemoPlan {
  if (!plants.length) return plan
  for (const p of plants) plan.truth[p.name] = p.plant(plan, new Rng(seed, `plant:${p.name}`))
  const order = plan.orders.map((o, i) => [o, i] as const).sort((a, b) => a[0].created_at.localeCompare(b[0].created_at) || a[1] - b[1])
  plan.orders = order.map(([o], i) => ({ ...o, key: `ord_${String(i + 1).padStart(6, "0")}` }))
  const renamed = new Map(order.map(([o], i) => [o.key, `ord_${String(i + 1).padStart(6, "0")}`]))
  plan.truth = JSON.parse(JSON.stringify(plan.truth), (_k, v) => (typeof v === "string" && renamed.has(v) ? renamed.get(v) : v))
  plan.customers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  plan.events.sort((a, b) => (a.occurred_at < b.occurred_at ? -1 : a.occurred_at > b.occurred_at ? 1 : 0))
  return plan
}
