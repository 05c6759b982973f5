// Re-routing when a location runs out: a stock level now holds more reservations than stock (a count, a
// damaged batch, a manual correction) or the location was switched off. The newest orders holding reservations
// there are routed again until the level is covered (or, for a switched-off location, all of them).
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { ordersOfLineItems } from "../reads/medusa-orders"
import { routeOrderWorkflow } from "../workflows/routing/route-order"
import { logisticsOf } from "./container"

export type RerouteResult = { location_id: string; examined: number; rerouted: string[]; still_short: number }

export async function rerouteLocation(
  container: MedusaContainer,
  o: { location_id: string; inventory_item_id?: string | null; all?: boolean; report?: (pct: number, msg: string) => Promise<void> | void }
): Promise<RerouteResult> {
  const inventory = container.resolve(Modules.INVENTORY)
  const svc = logisticsOf(container)
  const filter: Record<string, unknown> = { location_id: o.location_id }
  if (o.inventory_item_id) filter.inventory_item_id = o.inventory_item_id
  const reservations = (await inventory.listReservationItems(filter, { select: ["id", "line_item_id", "inventory_item_id", "quantity", "created_at"], take: null as any })) as any[]
  const shortOf = async (itemId: string) => {
    const [level] = (await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: o.location_id }, { select: ["stocked_quantity", "reserved_quantity"] })) as any[]
    return level ? Math.max(0, Number(level.reserved_quantity) - Number(level.stocked_quantity)) : 0
  }
  const items = [...new Set(reservations.map((r) => r.inventory_item_id as string))]
  const short = new Map<string, number>()
  for (const i of items) short.set(i, o.all ? Infinity : await shortOf(i))
  const orderOf = await ordersOfLineItems(svc.db(), reservations.map((r) => r.line_item_id).filter(Boolean))
  // newest first: the latest orders are the ones the shortfall is blamed on
  const sorted = [...reservations].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  const rerouted: string[] = []
  const done = new Set<string>()
  for (const [k, r] of sorted.entries()) {
    if ((short.get(r.inventory_item_id) ?? 0) <= 0) continue
    const orderId = orderOf.get(r.line_item_id)
    if (!orderId || done.has(orderId)) continue
    done.add(orderId)
    await o.report?.(Math.round((k / Math.max(1, sorted.length)) * 90), `re-routing order ${orderId}`)
    const { result } = await routeOrderWorkflow(container).run({ input: { order_id: orderId, source: "reroute" } })
    if (result.routed) rerouted.push(orderId)
    if (!o.all) for (const i of items) short.set(i, await shortOf(i))
  }
  let still = 0
  if (!o.all) for (const i of items) still += await shortOf(i)
  return { location_id: o.location_id, examined: done.size, rerouted, still_short: still }
}
