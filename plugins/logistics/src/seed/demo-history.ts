// Routing decisions, shipments and delivery times for the demo store's recent orders. The base seed wrote its
// orders in bulk, already fulfilled, so nothing is reserved: the decisions are computed with the same lib the
// order path uses (today's stock, each day's capacity use as the orders come in) and stored with source "demo";
// no reservation moves. Tracking times are planted per carrier profile (demo-data.ts), one carrier late.
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DemoSeedContext } from "@finesse/core/demo-seed"
import { generateEntityId } from "@medusajs/framework/utils"
import { logisticsOf, utcDay } from "../engine/container"
import { DEFAULT_UNIT_WEIGHT_G } from "../engine/routing-inputs"
import { planShipments } from "../engine/route-plan"
import { geocode } from "../lib/geo/geocode"
import { carrierPromise, handOverDay } from "../lib/mode/promise"
import { quoteParcel } from "../lib/rates/rate-table"
import { decideRouting } from "../lib/routing/decide"
import type { RoutingInput } from "../lib/routing/types"
import { CARRIERS, WINDOWS } from "./demo-data"

const DAY = 86_400_000
const HOUR = 3_600_000

type OrderRow = { id: string; display_id: number; currency_code: string; created_at: Date; country_code: string; postal_code: string | null; city: string | null }

async function recentOrders(db: Knex, since: Date): Promise<OrderRow[]> {
  const r = await db.raw(
    `select o.id, o.display_id, o.currency_code, o.created_at, lower(a.country_code) country_code, a.postal_code, a.city
       from "order" o join order_address a on a.id = o.shipping_address_id
      where o.created_at >= ? and o.deleted_at is null and o.canceled_at is null
        and not exists (select 1 from finesse_logistics_decision d where d.order_id = o.id and d.deleted_at is null)
      order by o.created_at, o.id`,
    [since]
  )
  return r.rows
}

async function orderLines(db: Knex, orderIds: string[]) {
  const r = await db.raw(
    `select oi.order_id, li.id line_id, li.title, oi.quantity::int quantity, pvi.inventory_item_id, coalesce(pvi.required_quantity, 1)::int required, pv.weight
       from "order" o
       join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
       join order_line_item li on li.id = oi.item_id
       join product_variant_inventory_item pvi on pvi.variant_id = li.variant_id and pvi.deleted_at is null
       left join product_variant pv on pv.id = li.variant_id
      where o.id = any(?)`,
    [orderIds]
  )
  const by = new Map<string, RoutingInput["lines"]>()
  for (const x of r.rows) {
    const list = by.get(x.order_id) ?? []
    list.push({ line_id: x.line_id, inventory_item_id: x.inventory_item_id, quantity: x.quantity * x.required, unit_weight_g: x.weight ? Number(x.weight) / x.required : DEFAULT_UNIT_WEIGHT_G, title: x.title })
    by.set(x.order_id, list)
  }
  return by
}

async function stockTable(db: Knex): Promise<RoutingInput["stock"]> {
  const r = await db.raw(`select inventory_item_id, location_id, (stocked_quantity - reserved_quantity)::float avail from inventory_level where deleted_at is null`)
  const stock: RoutingInput["stock"] = {}
  for (const x of r.rows) (stock[x.inventory_item_id] ??= {})[x.location_id] = Math.max(0, Number(x.avail))
  return stock
}

const between = (rnd: () => number, a: number, b: number) => a + (b - a) * rnd()

/**
 * Decides every recent order (oldest first, so each day's capacity fills as it did) and writes decisions,
 * shipments with planted tracking times, and the capacity counters. Returns counts for the seed's summary.
 */
export async function seedRoutingHistory(ctx: DemoSeedContext, days: number) {
  const svc = logisticsOf(ctx.container)
  const db = svc.db()
  const now = ctx.now.getTime()
  const snapshot = await svc.routingSnapshot(now)
  const orders = await recentOrders(db, new Date(now - days * DAY))
  const lines = await orderLines(db, orders.map((o) => o.id))
  const stock = await stockTable(db)
  // where Medusa's (base seed's) fulfilment of each order left from
  const fulfilledAt = new Map<string, string>(
    (await db.raw(`select distinct on (of.order_id) of.order_id, f.location_id from order_fulfillment of join fulfillment f on f.id = of.fulfillment_id where of.order_id = any(?) order by of.order_id, f.created_at`, [orders.map((o) => o.id)])).rows.map((r: any) => [r.order_id, r.location_id])
  )
  const rnd = ctx.random("tracking")
  const pick = ctx.random("carrier-mix")
  const win = ctx.random("windows")
  const profile = new Map(CARRIERS.map((c) => [c.code, c]))
  const used = new Map<string, number>() // day|location → shipments
  const decisions: Record<string, unknown>[] = []
  const shipments: Record<string, unknown>[] = []
  let splits = 0
  let ownFleet = 0
  const j = JSON.stringify
  for (const o of orders) {
    const ls = lines.get(o.id)
    if (!ls?.length) continue
    const placed = new Date(o.created_at).getTime()
    const day = utcDay(placed)
    const g = geocode(o)
    const destination = { country_code: o.country_code, postal_code: o.postal_code, lat: g?.lat ?? null, lng: g?.lng ?? null, precision: g?.precision ?? null }
    const input: RoutingInput = {
      order_id: o.id,
      currency_code: o.currency_code,
      lines: ls,
      destination,
      locations: snapshot.locations.map((l) => ({
        id: l.stock_location_id, name: l.name, country_code: l.country_code ?? "", lat: l.lat, lng: l.lng, markets: l.markets,
        daily_capacity: l.daily_capacity, used_today: used.get(`${day}|${l.stock_location_id}`) ?? 0, priority: l.priority, active: l.active,
      })),
      stock,
      rates: snapshot.rates,
    }
    const t0 = performance.now()
    let d = decideRouting(input, snapshot.config)
    const decideMs = performance.now() - t0
    const shippedFrom = fulfilledAt.get(o.id)
    if (d.status === "partial" && shippedFrom) {
      // today's stock is short of what this past order had: its warehouse shipped it then, so it held the units
      const stockThen: RoutingInput["stock"] = { ...stock }
      for (const u of d.unallocated) stockThen[u.inventory_item_id] = { ...stock[u.inventory_item_id], [shippedFrom]: (stock[u.inventory_item_id]?.[shippedFrom] ?? 0) + u.quantity }
      d = decideRouting({ ...input, stock: stockThen }, snapshot.config)
    }
    if (d.status === "unroutable") continue
    for (const s of d.shipments) used.set(`${day}|${s.location_id}`, (used.get(`${day}|${s.location_id}`) ?? 0) + 1)
    if (d.split) splits++
    const decisionId = generateEntityId(undefined, "flrd")
    decisions.push({
      id: decisionId, order_id: o.id, display_id: o.display_id, version: 1, current: true, status: d.status, source: "demo",
      shipments: j(d.shipments), unallocated: j(d.unallocated), split: d.split, shipment_count: d.shipments.length, split_lines: d.split_lines,
      reasons: j(d.reasons), summary: d.summary, decided_by: d.decided_by, alternatives: j(d.alternatives), warnings: j(d.warnings), search: j(d.search),
      destination: j(destination), config: j(snapshot.config), timing: j({ decide_ms: Math.round(decideMs * 100) / 100 }), reservations_moved: 0,
      created_at: new Date(placed), updated_at: new Date(placed),
    })
    for (const s of planShipments({ snapshot, destination, order: { id: o.id, currency_code: o.currency_code } }, d.shipments, placed)) {
      let { carrier_code, service, cost, promised_at, mode_reason } = s
      const loc = snapshot.locations.find((l) => l.stock_location_id === s.location_id)
      const cutoff = loc?.carrier_cutoff_hour ?? 14
      if (s.mode === "carrier") {
        // before routing, the warehouse team used several carriers: the cheapest 40 % of the time, then the next
        const offers = quoteParcel(snapshot.rates, { origin_country: loc?.country_code ?? "", dest_country: o.country_code, dest_postcode: o.postal_code, weight_g: s.weight_g }).filter((q) => q.currency_code === o.currency_code)
        const r = pick()
        const k = Math.min(offers.length - 1, r < 0.4 ? 0 : r < 0.7 ? 1 : r < 0.9 ? 2 : 3)
        const alt = offers[k]
        if (alt && k > 0) {
          carrier_code = alt.carrier_code
          service = alt.service
          cost = alt.price
          promised_at = new Date(carrierPromise(placed, cutoff, alt.transit_days))
          mode_reason = `demo history: the warehouse team chose ${alt.carrier_code} ${alt.service}`
        }
      }
      let shipped: number
      let delivered: number | null = null
      let window: [number, number] | null = null
      if (s.mode === "own_fleet") {
        ownFleet++
        window = WINDOWS[Math.floor(win() * WINDOWS.length)]
        const dayStart = Date.parse(`${s.delivery_day}T00:00:00Z`)
        shipped = dayStart + 6 * HOUR
        const [a, b] = window ?? [360, 1140]
        promised_at = new Date(dayStart + b * 60_000)
        delivered = dayStart + between(rnd, a, b) * 60_000 + (rnd() < 0.03 ? between(rnd, 30, 150) * 60_000 : 0)
      } else if (s.mode === "none") {
        // no rate covers the parcel: nothing to track
        shipped = NaN
      } else {
        shipped = handOverDay(placed, cutoff) + cutoff * HOUR + between(rnd, 0.5, 3) * HOUR
        const p = profile.get(carrier_code ?? "")
        const promise = promised_at ? new Date(promised_at).getTime() : carrierPromise(placed, cutoff, 3)
        if (p && rnd() < p.late_share) delivered = promise + between(rnd, p.late_hours[0], p.late_hours[1]) * HOUR
        else delivered = promise - between(rnd, 4, 40) * HOUR
        // the late carrier also loses track of a few parcels
        if (carrier_code === "budgetbox" && rnd() < 0.04) delivered = null
        delivered = delivered === null ? null : Math.max(delivered, shipped + 6 * HOUR)
      }
      if (shipped > now) shipped = NaN
      if (delivered !== null && delivered > now) delivered = null
      const status = delivered !== null ? "delivered" : Number.isFinite(shipped) ? "shipped" : "pending"
      shipments.push({
        id: generateEntityId(undefined, "flshp"), order_id: o.id, decision_id: decisionId, location_id: s.location_id, location_name: s.location_name,
        lines: j(s.lines), units: s.units, weight_g: s.weight_g, mode: s.mode, mode_reason, mode_options: j(s.mode_options), carrier_code, service,
        fleet_region_id: s.fleet_region_id, delivery_day: s.delivery_day, window_start_min: window?.[0] ?? null, window_end_min: window?.[1] ?? null,
        region: s.region, dest_country: s.dest_country, dest_postcode: s.dest_postcode, lat: s.lat, lng: s.lng, cost, currency_code: s.currency_code,
        promised_at, shipped_at: Number.isFinite(shipped) ? new Date(shipped) : null, delivered_at: delivered === null ? null : new Date(delivered), status,
        created_at: new Date(placed), updated_at: new Date(placed),
      })
    }
  }
  await db.transaction(async (trx) => {
    await trx.batchInsert("finesse_logistics_decision", decisions as any[], 300)
    await trx.batchInsert("finesse_logistics_shipment", shipments as any[], 300)
    for (const [k, n] of used) {
      const [day, location_id] = k.split("|")
      await trx.raw(
        `insert into finesse_logistics_capacity_day (id, location_id, day, shipments, created_at, updated_at) values (?, ?, ?, ?, now(), now())
         on conflict (location_id, day) where deleted_at is null do update set shipments = excluded.shipments, updated_at = now()`,
        [generateEntityId(undefined, "flcap"), location_id, day, n]
      )
    }
  })
  // the order metadata carries the summary, as for live orders
  for (let i = 0; i < decisions.length; i += 500) {
    const batch = decisions.slice(i, i + 500)
    await db.raw(
      `update "order" o set metadata = coalesce(o.metadata, '{}'::jsonb) || jsonb_build_object('finesse_logistics', jsonb_build_object('decision_id', d.id, 'summary', d.summary, 'split', d.split, 'status', d.status, 'source', 'demo'))
         from finesse_logistics_decision d where d.order_id = o.id and d.current and d.id = any(?)`,
      [batch.map((d) => d.id as string)]
    )
  }
  return { orders: decisions.length, shipments: shipments.length, splits, own_fleet: ownFleet }
}
