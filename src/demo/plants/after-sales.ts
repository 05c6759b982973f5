import type { Rng } from "../prng"
import { DAY, iso } from "../time"
import type { DemoOrder, DemoPlan } from "../types"
import type { DemoPlant } from "./index"

/**
 * What the after-sales plant put into the history (plan.truth["after-sales"]), for @finesse/after-sales's demo and
 * benchmark:
 * - `defect`: the best-selling lamp (the "Lighting" product with the most units in the plan, ties by handle) turns
 *   defective `DEFECT_DAYS` before the end of history; from then on a third of its delivered orders come back.
 *   The after-sales demo seed finds the same product by the same rule in the store and opens defect complaints
 *   about it, so it tops the complaint and return rates.
 * - `serialReturner`: the customer with the most completed orders returns more than half of them over the last
 *   year, which the return policy's serial-returner rule flags when they ask for another return.
 * Small and additive: only returns are added, to orders that had none.
 */
export type AfterSalesPlantTruth = {
  defect: { productKey: string; handle: string; from: string; ordersReturned: string[] } | null
  serialReturner: { customerKey: string; ordersReturned: string[] } | null
}

export const DEFECT_DAYS = 75
/** Smaller stores (scale 0.05) get no plant, as with the risk plant: too few orders to show a pattern. */
export const MIN_CUSTOMERS = 300
const DEFECT_RETURN_SHARE = 0.35
const SERIAL_RETURN_SHARE = 0.6

function addReturn(rng: Rng, plan: DemoPlan, o: DemoOrder, end: number, variantKeys: Set<string> | null): boolean {
  if (o.status !== "completed" || o.return) return false
  const requested = Date.parse(o.created_at) + Math.round(rng.range(3, 15) * 86_400) * 1000
  const received = requested + Math.round(rng.range(2, 6) * 86_400) * 1000
  if (received >= end) return false
  const items = o.items.filter((i) => !variantKeys || variantKeys.has(i.variantKey))
  if (!items.length) return false
  const value = items.reduce((s, i) => s + i.quantity * i.unit_price, 0)
  // the same refund rule as the base plan: returned value less its share of the order discount, shipping kept
  o.return = {
    requested_at: iso(requested),
    received_at: iso(received),
    items: items.map((i) => ({ variantKey: i.variantKey, quantity: i.quantity })),
    refund_amount: Math.round((value * (o.subtotal - o.discount_total)) / o.subtotal),
  }
  return true
}

/** The defective product: the "Lighting" product with the most units in the plan (the demo seed applies the same rule to the store). */
export function defectiveProductOf(plan: DemoPlan): { key: string; handle: string } | null {
  const lighting = new Set(plan.categories.filter((c) => c.name === "Lighting").map((c) => c.key))
  const products = plan.products.filter((p) => lighting.has(p.categoryKey))
  if (!products.length) return null
  const productOfVariant = new Map(products.flatMap((p) => p.variants.map((v) => [v.key, p.key] as const)))
  const units = new Map<string, number>()
  for (const o of plan.orders) for (const i of o.items) {
    const p = productOfVariant.get(i.variantKey)
    if (p) units.set(p, (units.get(p) ?? 0) + i.quantity)
  }
  const best = products
    .map((p) => ({ key: p.key, handle: p.handle, units: units.get(p.key) ?? 0 }))
    .sort((a, b) => b.units - a.units || (a.handle < b.handle ? -1 : 1))[0]
  return best.units > 0 ? { key: best.key, handle: best.handle } : null
}

export const afterSalesPlant: DemoPlant = {
  name: "after-sales",
  plant(plan: DemoPlan, rng: Rng): AfterSalesPlantTruth | undefined {
    if (plan.customers.length < MIN_CUSTOMERS) return undefined
    const end = Date.parse(plan.historyEnd) + 1
    const truth: AfterSalesPlantTruth = { defect: null, serialReturner: null }
    const defective = defectiveProductOf(plan)
    if (defective) {
      const variants = new Set(plan.products.find((p) => p.key === defective.key)!.variants.map((v) => v.key))
      const from = end - DEFECT_DAYS * DAY
      const returned: string[] = []
      for (const o of plan.orders) {
        if (Date.parse(o.created_at) < from || !o.items.some((i) => variants.has(i.variantKey))) continue
        if (rng.chance(DEFECT_RETURN_SHARE) && addReturn(rng, plan, o, end, variants)) returned.push(o.key)
      }
      truth.defect = { productKey: defective.key, handle: defective.handle, from: iso(from), ordersReturned: returned }
    }
    const completed = new Map<string, DemoOrder[]>()
    for (const o of plan.orders) {
      if (o.status !== "completed") continue
      const list = completed.get(o.customerKey) ?? []
      list.push(o)
      completed.set(o.customerKey, list)
    }
    const [top] = [...completed.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
    if (top && top[1].length >= 4) {
      const since = end - 365 * DAY
      const returned: string[] = []
      for (const o of top[1]) {
        if (Date.parse(o.created_at) < since) continue
        if (rng.chance(SERIAL_RETURN_SHARE) && addReturn(rng, plan, o, end, null)) returned.push(o.key)
      }
      truth.serialReturner = { customerKey: top[0], ordersReturned: returned }
    }
    return truth
  },
}
