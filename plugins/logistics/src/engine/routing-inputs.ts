// Everything the routing decision needs about one order, read from Medusa: its lines in inventory units, the
// delivery address (geocoded offline), the stock locations of its sales channel with stock and reservations, and
// the plugin's cached snapshot (strategy chain, locations' routing facts, rates, fleet regions).
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { geocode } from "../lib/geo/geocode"
import type { RoutingInput, RoutingLine } from "../lib/routing/types"
import type { RoutingSnapshot } from "../modules/finesse-logistics/service"
import { logisticsOf, utcDay } from "./container"
import { ensureLocationRows, type StockLocationLike } from "./locations"
import { readOrderForRouting, readRoutingBundle, type OrderHeadRow, type OrderLineRow } from "../reads/routing-reads"

/** Weight of a unit when the variant has none (grams). */
export const DEFAULT_UNIT_WEIGHT_G = 500

export type OrderForRouting = {
  id: string
  display_id: number | null
  currency_code: string
  sales_channel_id: string | null
  shipping_address: { country_code: string | null; postal_code: string | null; city: string | null } | null
  items: {
    id: string
    title: string
    quantity: number
    fulfilled: number
    inventory: { inventory_item_id: string; required_quantity: number }[]
    weight: number | null
  }[]
}

export type ReservationSnapshot = { id: string; line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean; description: string | null; metadata: Record<string, unknown> | null }

export type RoutingContextData = {
  order: OrderForRouting
  input: RoutingInput
  snapshot: RoutingSnapshot
  reservations: ReservationSnapshot[]
  /** routing line id → { order line id, required quantity per order unit } */
  lineMap: Record<string, { line_item_id: string; required: number }>
  destination: { country_code: string; postal_code: string | null; lat: number | null; lng: number | null; precision: string | null }
  day: string
  /** the order's current decision, if any */
  current: Record<string, any> | null
  load_ms: number
}

const channelCache = new Map<string, { at: number; locations: StockLocationLike[] }>()
const CHANNEL_TTL_MS = Number(process.env.FINESSE_LOGISTICS_CACHE_MS ?? 10_000)

async function channelLocations(container: MedusaContainer, salesChannelId: string | null): Promise<StockLocationLike[]> {
  const key = salesChannelId ?? "*"
  const hit = channelCache.get(key)
  if (hit && Date.now() - hit.at < CHANNEL_TTL_MS) return hit.locations
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let locations: StockLocationLike[]
  const fields = ["id", "name", "metadata", "address.country_code", "address.postal_code", "address.city"]
  if (salesChannelId) {
    const { data } = await query.graph({ entity: "sales_channel", fields: fields.map((f) => `stock_locations.${f}`), filters: { id: salesChannelId } })
    locations = ((data[0] as any)?.stock_locations ?? []).filter(Boolean)
  } else {
    locations = (await query.graph({ entity: "stock_location", fields })).data as StockLocationLike[]
  }
  channelCache.set(key, { at: Date.now(), locations })
  return locations
}

export function clearChannelCache() {
  channelCache.clear()
}

/** The order as routing sees it (one statement; see reads/routing-reads.ts). */
export async function loadOrderForRouting(container: MedusaContainer, orderId: string): Promise<OrderForRouting> {
  const { head, lines } = await readOrderForRouting(logisticsOf(container).db(), orderId)
  if (!head) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} was not found`)
  return toOrder(head, lines)
}

function toOrder(head: OrderHeadRow, lines: OrderLineRow[]): OrderForRouting {
  const items = new Map<string, OrderForRouting["items"][number]>()
  for (const l of lines) {
    const it = items.get(l.line_item_id) ?? { id: l.line_item_id, title: l.title, quantity: l.quantity, fulfilled: l.fulfilled, weight: l.weight, inventory: [] }
    if (l.manage_inventory !== false && l.inventory_item_id) it.inventory.push({ inventory_item_id: l.inventory_item_id, required_quantity: Number(l.required_quantity ?? 1) })
    items.set(l.line_item_id, it)
  }
  return {
    id: head.id,
    display_id: head.display_id,
    currency_code: head.currency_code,
    sales_channel_id: head.sales_channel_id,
    shipping_address: head.country_code ? { country_code: head.country_code, postal_code: head.postal_code, city: head.city } : null,
    items: [...items.values()],
  }
}

/** Reads the order and the stock it can draw on; `now` fixes the capacity day. */
export async function loadRoutingContext(container: MedusaContainer, orderId: string, now = Date.now()): Promise<RoutingContextData> {
  const t0 = performance.now()
  const svc = logisticsOf(container)
  const day = utcDay(now)
  const db = svc.db()
  // one round trip for the order, its stock and reservations, the day's capacity use and its current decision
  const [bundle, snapshot0] = await Promise.all([readRoutingBundle(db, orderId, day), svc.routingSnapshot(now)])
  const read = bundle
  const stockRows = bundle.stock
  const current = bundle.current
  const used = new Map(Object.entries(bundle.capacity))
  if (!read.head) throw new MedusaError(MedusaError.Types.NOT_FOUND, `order ${orderId} was not found`)
  const order = toOrder(read.head, read.lines)
  const stockLocations = await channelLocations(container, order.sales_channel_id)
  let snapshot = snapshot0
  const known = new Set(snapshot.locations.map((l) => l.stock_location_id))
  if (stockLocations.some((l) => !known.has(l.id))) {
    await ensureLocationRows(container, stockLocations)
    snapshot = await svc.routingSnapshot(now)
  }
  const lines: RoutingLine[] = []
  const lineMap: RoutingContextData["lineMap"] = {}
  for (const item of order.items) {
    const remaining = item.quantity - item.fulfilled
    if (remaining <= 0) continue
    for (const inv of item.inventory) {
      const line_id = item.inventory.length === 1 ? item.id : `${item.id}|${inv.inventory_item_id}`
      lineMap[line_id] = { line_item_id: item.id, required: inv.required_quantity }
      lines.push({
        line_id,
        inventory_item_id: inv.inventory_item_id,
        quantity: remaining * inv.required_quantity,
        unit_weight_g: item.weight && item.weight > 0 ? item.weight / inv.required_quantity : DEFAULT_UNIT_WEIGHT_G,
        title: item.title,
      })
    }
  }
  const channelIds = new Set(stockLocations.map((l) => l.id))
  const levels = stockRows.filter((r) => r.kind === "level")
  const reservations = stockRows.filter((r) => r.kind === "reservation")
  const own = new Map<string, number>()
  for (const r of reservations) own.set(`${r.inventory_item_id}\u0000${r.location_id}`, (own.get(`${r.inventory_item_id}\u0000${r.location_id}`) ?? 0) + Number(r.reserved))
  const stock: RoutingInput["stock"] = {}
  for (const l of levels) {
    if (!channelIds.has(l.location_id)) continue
    const avail = Number(l.stocked) - Number(l.reserved) + (own.get(`${l.inventory_item_id}\u0000${l.location_id}`) ?? 0)
    ;(stock[l.inventory_item_id] ??= {})[l.location_id] = Math.max(0, avail)
  }
  // the order's own current shipments do not count against today's capacity when it is routed again
  const mine = new Map<string, number>()
  if (current && current.created_at && utcDay(new Date(current.created_at).getTime()) === day) {
    for (const s of (current.shipments ?? []) as { location_id: string }[]) mine.set(s.location_id, (mine.get(s.location_id) ?? 0) + 1)
  }
  const a = order.shipping_address
  const g = a?.country_code ? geocode(a) : null
  const destination = { country_code: (a?.country_code ?? "").toLowerCase(), postal_code: a?.postal_code ?? null, lat: g?.lat ?? null, lng: g?.lng ?? null, precision: g?.precision ?? null }
  const input: RoutingInput = {
    order_id: order.id,
    currency_code: order.currency_code,
    lines,
    destination,
    locations: snapshot.locations
      .filter((l) => channelIds.has(l.stock_location_id))
      .map((l) => ({
        id: l.stock_location_id,
        name: l.name,
        country_code: l.country_code ?? "",
        lat: l.lat,
        lng: l.lng,
        markets: l.markets,
        daily_capacity: l.daily_capacity,
        used_today: Math.max(0, (used.get(l.stock_location_id) ?? 0) - (mine.get(l.stock_location_id) ?? 0)),
        priority: l.priority,
        active: l.active,
      })),
    stock,
    rates: snapshot.rates,
  }
  return {
    order,
    input,
    snapshot,
    reservations: reservations.map((r) => ({ id: r.id!, line_item_id: r.line_item_id!, inventory_item_id: r.inventory_item_id, location_id: r.location_id, quantity: Number(r.reserved), allow_backorder: !!r.allow_backorder, description: r.description ?? null, metadata: r.metadata ?? null })),
    lineMap,
    destination,
    day,
    current,
    load_ms: performance.now() - t0,
  }
}
