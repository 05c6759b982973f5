// From a routing decision to what changes in the store: the reservations to move (per order line and inventory
// item), the decision and shipment rows with each parcel's mode (own fleet or carrier), cost and promise, and the
// summary written to the order's metadata.
import { chooseMode } from "../lib/mode/choose-mode"
import { regionFor } from "../lib/mode/fleet-region"
import { isoDay } from "../lib/mode/promise"
import { quoteParcel } from "../lib/rates/rate-table"
import type { DecidedShipment, RoutingDecision } from "../lib/routing/types"
import type { ReservationSnapshot, RoutingContextData } from "./routing-inputs"

export type ReservationCreate = { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; allow_backorder: boolean; description?: string; metadata?: Record<string, unknown> }

export type ReservationPlan = { deletes: ReservationSnapshot[]; creates: ReservationCreate[]; moved_units: number }

export type RoutingPlan = {
  order_id: string
  noop: boolean
  day: string
  decision: Record<string, any>
  shipments: Record<string, any>[]
  reservations: ReservationPlan
  metadata: Record<string, unknown>
}

/**
 * The reservations each order line should have after the decision, against what it has: lines whose reservations
 * already match are left alone; units no location could take stay reserved where they were, as a backorder.
 */
export function planReservations(ctx: RoutingContextData, decision: Pick<RoutingDecision, "shipments" | "unallocated">): ReservationPlan {
  const want = new Map<string, Map<string, number>>() // "line_item|inventory_item" → location → qty
  const key = (line: string, item: string) => `${line}\u0000${item}`
  const lineItem = (routingLine: string) => ctx.lineMap[routingLine]?.line_item_id ?? routingLine.split("|")[0]
  for (const s of decision.shipments) {
    for (const l of s.lines) {
      const k = key(lineItem(l.line_id), l.inventory_item_id)
      const m = want.get(k) ?? new Map<string, number>()
      m.set(s.location_id, (m.get(s.location_id) ?? 0) + l.quantity)
      want.set(k, m)
    }
  }
  const existing = new Map<string, ReservationSnapshot[]>()
  for (const r of ctx.reservations) existing.set(key(r.line_item_id, r.inventory_item_id), [...(existing.get(key(r.line_item_id, r.inventory_item_id)) ?? []), r])
  // unallocated units stay at the location that held them (or the first one that did)
  for (const u of decision.unallocated) {
    const k = key(lineItem(u.line_id), u.inventory_item_id)
    const at = existing.get(k)?.[0]?.location_id
    if (!at) continue
    const m = want.get(k) ?? new Map<string, number>()
    m.set(at, (m.get(at) ?? 0) + u.quantity)
    want.set(k, m)
  }
  const deletes: ReservationSnapshot[] = []
  const creates: ReservationCreate[] = []
  let moved = 0
  for (const [k, target] of want) {
    const [line_item_id, inventory_item_id] = k.split("\u0000")
    const have = existing.get(k) ?? []
    const haveBy = new Map<string, number>()
    for (const r of have) haveBy.set(r.location_id, (haveBy.get(r.location_id) ?? 0) + r.quantity)
    const same = haveBy.size === target.size && [...target].every(([loc, q]) => haveBy.get(loc) === q)
    if (same) continue
    deletes.push(...have)
    const unallocatedHere = new Map<string, number>()
    for (const u of decision.unallocated) if (key(lineItem(u.line_id), u.inventory_item_id) === k && have[0]) unallocatedHere.set(have[0].location_id, (unallocatedHere.get(have[0].location_id) ?? 0) + u.quantity)
    for (const [location_id, quantity] of target) {
      const back = unallocatedHere.get(location_id) ?? 0
      if (quantity - back > 0) creates.push({ line_item_id, inventory_item_id, location_id, quantity: quantity - back, allow_backorder: have.some((r) => r.allow_backorder), description: "Finesse routing", metadata: { finesse_logistics: true } })
      if (back > 0) creates.push({ line_item_id, inventory_item_id, location_id, quantity: back, allow_backorder: true, description: "Finesse routing: no stock anywhere", metadata: { finesse_logistics: true, unallocated: true } })
      moved += Math.max(0, quantity - (haveBy.get(location_id) ?? 0))
    }
  }
  return { deletes, creates, moved_units: moved }
}

export type ShipmentPlanContext = Pick<RoutingContextData, "snapshot" | "destination"> & { order: { id: string; currency_code: string } }

/**
 * Mode, cost and promise of each parcel (own fleet where a region of its location covers the address). `pick`
 * chooses the carrier among the quotes (default: the cheapest, as the mode choice does).
 */
export function planShipments(ctx: ShipmentPlanContext, shipments: readonly DecidedShipment[], now: number): Record<string, any>[] {
  const d = ctx.destination
  return shipments.map((s) => {
    const loc = ctx.snapshot.locations.find((l) => l.stock_location_id === s.location_id)
    const regions = ctx.snapshot.regions.filter((r) => r.depot.location_id === s.location_id)
    const quotes = quoteParcel(ctx.snapshot.rates, { origin_country: loc?.country_code ?? "", dest_country: d.country_code, dest_postcode: d.postal_code, weight_g: s.weight_g }).filter(
      (q) => q.currency_code === ctx.order.currency_code.toLowerCase()
    )
    const dest = { country_code: d.country_code, postal_code: d.postal_code, lat: d.lat ?? 0, lng: d.lng ?? 0 }
    const choice = d.lat === null ? null : chooseMode({ now, destination: dest, units: s.units, quotes, regions, carrier_cutoff_hour: loc?.carrier_cutoff_hour ?? 14 })
    const region = d.lat === null ? null : regionFor(regions, dest)
    const chosen = choice?.chosen ?? null
    return {
      order_id: ctx.order.id,
      location_id: s.location_id,
      location_name: s.location_name,
      lines: s.lines,
      units: s.units,
      weight_g: s.weight_g,
      mode: choice?.mode ?? (quotes[0] ? "carrier" : "none"),
      mode_reason: choice?.reason ?? (d.lat === null ? "the address could not be placed: no mode comparison" : null),
      mode_options: choice?.options ?? [],
      carrier_code: chosen?.mode === "carrier" ? chosen.carrier_code : choice ? null : quotes[0]?.carrier_code ?? null,
      service: chosen?.mode === "carrier" ? chosen.service : choice ? null : quotes[0]?.service ?? null,
      fleet_region_id: chosen?.mode === "own_fleet" ? chosen.region_id : null,
      delivery_day: chosen?.mode === "own_fleet" ? chosen.delivery_day : null,
      region: region ? region.name : d.country_code.toUpperCase(),
      dest_country: d.country_code,
      dest_postcode: d.postal_code,
      lat: d.lat,
      lng: d.lng,
      cost: chosen?.cost ?? null,
      currency_code: ctx.order.currency_code.toLowerCase(),
      promised_at: chosen ? new Date(chosen.promised_at) : null,
      status: "pending",
    }
  })
}

export function metadataOf(decisionId: string | null, decision: { summary: string; split: boolean; shipments: { location_id: string; location_name: string; units: number }[]; status: string; source: string }, at: number) {
  return {
    finesse_logistics: {
      decision_id: decisionId,
      status: decision.status,
      source: decision.source,
      split: decision.split,
      summary: decision.summary,
      shipments: decision.shipments.map((s) => ({ location_id: s.location_id, location_name: s.location_name, units: s.units })),
      decided_at: new Date(at).toISOString(),
    },
  }
}

export function isoDate(ms: number) {
  return isoDay(ms)
}
