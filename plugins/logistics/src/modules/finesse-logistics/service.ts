import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_ALERT_RULES } from "../../lib/performance/alert-rules"
import type { DeliveryRecord } from "../../lib/performance/delivery-stats"
import type { FleetRegion } from "../../lib/mode/fleet-region"
import type { RateRow } from "../../lib/rates/rate-table"
import { DEFAULT_ROUTING_CONFIG, parseRoutingConfig } from "../../lib/routing/registry"
import type { RoutingConfig } from "../../lib/routing/types"
import FinesseLogisticsAlert from "./models/alert"
import FinesseLogisticsCapacityDay from "./models/capacity-day"
import FinesseLogisticsCarrier from "./models/carrier"
import FinesseLogisticsDecision from "./models/decision"
import FinesseLogisticsDispatchPlan from "./models/dispatch-plan"
import FinesseLogisticsDispatchRoute from "./models/dispatch-route"
import FinesseLogisticsDriver from "./models/driver"
import FinesseLogisticsFleetRegion from "./models/fleet-region"
import FinesseLogisticsLocation from "./models/location"
import FinesseLogisticsRate from "./models/rate"
import FinesseLogisticsScenario from "./models/scenario"
import FinesseLogisticsSetting from "./models/setting"
import FinesseLogisticsShipment from "./models/shipment"
import FinesseLogisticsVehicle from "./models/vehicle"
import { toFleetRegion, toRateRow, type FleetRegionRow, type LocationRow } from "./store/rows"

export type AlertSettings = { rules: { code: string; args: Record<string, unknown> }[]; channel: string; to: string }

/** What the routing decision reads on every order, cached for a few seconds (and dropped on every change here). */
export type RoutingSnapshot = {
  config: RoutingConfig
  locations: LocationRow[]
  rates: RateRow[]
  regions: (FleetRegion & { solver_seconds: number })[]
  loaded_at: number
}

// FINESSE_LOGISTICS_CACHE_MS=0 turns the cache off (tests restore the database under a running app)
const SNAPSHOT_TTL_MS = Number(process.env.FINESSE_LOGISTICS_CACHE_MS ?? 10_000)
const j = (v: unknown) => JSON.stringify(v ?? null)

/**
 * Persistence of @finesse/logistics: routing settings, locations' routing facts and daily capacity use, carriers
 * and rates, decisions per order (versioned), shipments with promised and actual delivery, fleet regions with
 * vehicles and drivers, dispatch plans and routes, network scenarios, alerts. Admin CRUD uses the generated
 * methods; the order path and bulk reads are raw SQL.
 */
export default class FinesseLogisticsModuleService extends MedusaService({
  FinesseLogisticsSetting,
  FinesseLogisticsLocation,
  FinesseLogisticsCapacityDay,
  FinesseLogisticsCarrier,
  FinesseLogisticsRate,
  FinesseLogisticsDecision,
  FinesseLogisticsShipment,
  FinesseLogisticsFleetRegion,
  FinesseLogisticsVehicle,
  FinesseLogisticsDriver,
  FinesseLogisticsDispatchPlan,
  FinesseLogisticsDispatchRoute,
  // the generated names of this model would read "Scenarioes": the service calls it a what-if
  FinesseLogisticsWhatIf: FinesseLogisticsScenario,
  FinesseLogisticsAlert,
}) {
  protected readonly db_: Knex
  protected snapshot_: RoutingSnapshot | null = null
  protected snapshotLoading_: Promise<RoutingSnapshot> | null = null

  constructor(cradle: Record<string, any>) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
  }

  db(): Knex {
    return this.db_
  }

  // ---- settings ----

  async getSetting<T>(key: string, fallback: T): Promise<T> {
    const r = await this.db_.raw(`select value from finesse_logistics_setting where id = ? and deleted_at is null`, [key])
    return (r.rows[0]?.value as T) ?? fallback
  }

  async setSetting(key: string, value: unknown, by: string | null) {
    await this.db_.raw(
      `insert into finesse_logistics_setting (id, value, updated_by, created_at, updated_at) values (?, ?::jsonb, ?, now(), now())
       on conflict (id) do update set value = excluded.value, updated_by = excluded.updated_by, updated_at = now(), deleted_at = null`,
      [key, j(value), by]
    )
    this.invalidate()
  }

  async routingConfig(): Promise<{ raw: unknown; config: RoutingConfig }> {
    const raw = await this.getSetting<Record<string, unknown> | null>("routing", null)
    const parsed = raw ? parseRoutingConfig(raw as any) : { config: DEFAULT_ROUTING_CONFIG, issues: [] }
    return { raw: raw ?? DEFAULT_ROUTING_CONFIG, config: parsed.config ?? DEFAULT_ROUTING_CONFIG }
  }

  async alertSettings(): Promise<AlertSettings> {
    const s = await this.getSetting<Partial<AlertSettings> | null>("alerts", null)
    return { rules: s?.rules ?? DEFAULT_ALERT_RULES, channel: s?.channel ?? "feed", to: s?.to ?? "logistics" }
  }

  // ---- the routing snapshot ----

  invalidate() {
    this.snapshot_ = null
  }

  async routingSnapshot(now = Date.now()): Promise<RoutingSnapshot> {
    if (this.snapshot_ && now - this.snapshot_.loaded_at < SNAPSHOT_TTL_MS) return this.snapshot_
    if (!this.snapshotLoading_) {
      this.snapshotLoading_ = this.loadSnapshot(now).finally(() => (this.snapshotLoading_ = null))
    }
    this.snapshot_ = await this.snapshotLoading_
    return this.snapshot_
  }

  protected async loadSnapshot(now: number): Promise<RoutingSnapshot> {
    const [{ config }, locs, rates, regions, vehicles] = await Promise.all([
      this.routingConfig(),
      this.db_.raw(`select * from finesse_logistics_location where deleted_at is null order by priority, id`),
      this.db_.raw(`select * from finesse_logistics_rate where deleted_at is null`),
      this.db_.raw(`select * from finesse_logistics_fleet_region where deleted_at is null and active order by created_at, id`),
      this.db_.raw(`select fleet_region_id, capacity from finesse_logistics_vehicle where deleted_at is null and active`),
    ])
    const locations = locs.rows.map(locationFromDb)
    const byStock = new Map<string, LocationRow>(locations.map((l: LocationRow) => [l.stock_location_id, l]))
    const fleet = new Map<string, { capacity: number }[]>()
    for (const v of vehicles.rows) fleet.set(v.fleet_region_id, [...(fleet.get(v.fleet_region_id) ?? []), { capacity: Number(v.capacity) }])
    const fr = (regions.rows as FleetRegionRow[])
      .map((r) => {
        const region = toFleetRegion(r, byStock.get(r.depot_location_id), fleet.get(r.id) ?? [])
        return region ? { ...region, solver_seconds: Number(r.solver_seconds) } : null
      })
      .filter((r): r is FleetRegion & { solver_seconds: number } => r !== null)
    return { config, locations, rates: rates.rows.map(toRateRow), regions: fr, loaded_at: now }
  }

  // ---- capacity ----

  async capacityUsed(day: string, locationIds?: readonly string[]): Promise<Map<string, number>> {
    const r = locationIds
      ? await this.db_.raw(`select location_id, shipments from finesse_logistics_capacity_day where day = ? and location_id = any(?) and deleted_at is null`, [day, locationIds as string[]])
      : await this.db_.raw(`select location_id, shipments from finesse_logistics_capacity_day where day = ? and deleted_at is null`, [day])
    return new Map(r.rows.map((x: any) => [x.location_id, Number(x.shipments)]))
  }

  /** Adds (or with negative deltas removes) shipments routed to locations on a day, atomically. */
  async bumpCapacity(day: string, deltas: Record<string, number>, trx: Knex | Knex.Transaction = this.db_) {
    for (const [location_id, d] of Object.entries(deltas)) {
      if (!d) continue
      await trx.raw(
        `insert into finesse_logistics_capacity_day (id, location_id, day, shipments, created_at, updated_at) values (?, ?, ?, greatest(0, ?), now(), now())
         on conflict (location_id, day) where deleted_at is null do update set shipments = greatest(0, finesse_logistics_capacity_day.shipments + ?), updated_at = now()`,
        [generateEntityId(undefined, "flcap"), location_id, day, d, d]
      )
    }
  }

  // ---- decisions and shipments ----

  async currentDecision(orderId: string) {
    const r = await this.db_.raw(`select * from finesse_logistics_decision where order_id = ? and current and deleted_at is null order by version desc limit 1`, [orderId])
    return r.rows[0] ?? null
  }

  async decisionHistory(orderId: string) {
    const r = await this.db_.raw(`select * from finesse_logistics_decision where order_id = ? and deleted_at is null order by version desc`, [orderId])
    return r.rows
  }

  async shipmentsOfDecision(decisionId: string) {
    const r = await this.db_.raw(`select * from finesse_logistics_shipment where decision_id = ? and deleted_at is null order by created_at, id`, [decisionId])
    return r.rows
  }

  /**
   * Makes `decision` the order's current one with its shipments, retiring the previous current decision and its
   * shipments that had not left yet, and moves the day's capacity accordingly. Returns what it replaced (for the
   * compensation).
   */
  async replaceCurrentDecision(
    decision: Record<string, any>,
    shipments: Record<string, any>[],
    day: string
  ): Promise<{ id: string; previous_id: string | null; retired_shipment_ids: string[] }> {
    return this.db_.transaction(async (trx) => {
      const prev = (
        await trx.raw(`select id, version, shipments from finesse_logistics_decision where order_id = ? and current and deleted_at is null for update`, [decision.order_id])
      ).rows[0]
      const version = prev ? Number(prev.version) + 1 : Number((await trx.raw(`select coalesce(max(version), 0) v from finesse_logistics_decision where order_id = ?`, [decision.order_id])).rows[0].v) + 1
      let retired: string[] = []
      const deltas: Record<string, number> = {}
      if (prev) {
        await trx.raw(`update finesse_logistics_decision set current = false, updated_at = now() where id = ?`, [prev.id])
        const r = await trx.raw(
          `update finesse_logistics_shipment set status = 'canceled', updated_at = now() where decision_id = ? and status = 'pending' and deleted_at is null returning id`,
          [prev.id]
        )
        retired = r.rows.map((x: any) => x.id)
        for (const s of (prev.shipments ?? []) as { location_id: string }[]) deltas[s.location_id] = (deltas[s.location_id] ?? 0) - 1
      }
      const id = generateEntityId(undefined, "flrd")
      await trx.raw(
        `insert into finesse_logistics_decision (id, order_id, display_id, version, current, status, source, shipments, unallocated, split, shipment_count, split_lines, reasons, summary, decided_by, alternatives, warnings, search, destination, config, timing, reservations_moved, actor_id, note, created_at, updated_at)
         values (?, ?, ?, ?, true, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?, now(), now())`,
        [
          id, decision.order_id, decision.display_id ?? null, version, decision.status, decision.source, j(decision.shipments), j(decision.unallocated),
          !!decision.split, decision.shipments.length, decision.split_lines ?? 0, j(decision.reasons), decision.summary, decision.decided_by ?? null,
          j(decision.alternatives ?? []), j(decision.warnings ?? []), j(decision.search ?? {}), j(decision.destination), j(decision.config ?? {}),
          j(decision.timing ?? null), decision.reservations_moved ?? 0, decision.actor_id ?? null, decision.note ?? null,
        ]
      )
      for (const s of shipments) {
        await this.insertShipment(trx, { ...s, decision_id: id })
      }
      for (const s of decision.shipments as { location_id: string }[]) deltas[s.location_id] = (deltas[s.location_id] ?? 0) + 1
      await this.bumpCapacity(day, deltas, trx)
      return { id, previous_id: prev?.id ?? null, retired_shipment_ids: retired }
    })
  }

  /** Undoes replaceCurrentDecision (workflow compensation). */
  async restoreDecision(r: { id: string; previous_id: string | null; retired_shipment_ids: string[] }, day: string) {
    await this.db_.transaction(async (trx) => {
      const cur = (await trx.raw(`select shipments from finesse_logistics_decision where id = ?`, [r.id])).rows[0]
      const deltas: Record<string, number> = {}
      for (const s of (cur?.shipments ?? []) as { location_id: string }[]) deltas[s.location_id] = (deltas[s.location_id] ?? 0) - 1
      await trx.raw(`delete from finesse_logistics_shipment where decision_id = ?`, [r.id])
      await trx.raw(`delete from finesse_logistics_decision where id = ?`, [r.id])
      if (r.previous_id) {
        await trx.raw(`update finesse_logistics_decision set current = true, updated_at = now() where id = ?`, [r.previous_id])
        const prev = (await trx.raw(`select shipments from finesse_logistics_decision where id = ?`, [r.previous_id])).rows[0]
        for (const s of (prev?.shipments ?? []) as { location_id: string }[]) deltas[s.location_id] = (deltas[s.location_id] ?? 0) + 1
      }
      if (r.retired_shipment_ids.length) await trx.raw(`update finesse_logistics_shipment set status = 'pending' where id = any(?)`, [r.retired_shipment_ids])
      await this.bumpCapacity(day, deltas, trx)
    })
  }

  async insertShipment(trx: Knex | Knex.Transaction, s: Record<string, any>): Promise<string> {
    const id = s.id ?? generateEntityId(undefined, "flshp")
    await trx.raw(
      `insert into finesse_logistics_shipment (id, order_id, decision_id, location_id, location_name, lines, units, weight_g, mode, mode_reason, mode_options, carrier_code, service, fleet_region_id, delivery_day, window_start_min, window_end_min, region, dest_country, dest_postcode, lat, lng, cost, currency_code, promised_at, shipped_at, delivered_at, status, fulfillment_id, tracking_number, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), now())`,
      [
        id, s.order_id, s.decision_id ?? null, s.location_id, s.location_name, j(s.lines), s.units ?? 0, s.weight_g ?? 0, s.mode, s.mode_reason ?? null,
        j(s.mode_options ?? null), s.carrier_code ?? null, s.service ?? null, s.fleet_region_id ?? null, s.delivery_day ?? null, s.window_start_min ?? null, s.window_end_min ?? null, s.region, s.dest_country,
        s.dest_postcode ?? null, s.lat ?? null, s.lng ?? null, s.cost ?? null, s.currency_code, s.promised_at ?? null, s.shipped_at ?? null,
        s.delivered_at ?? null, s.status ?? "pending", s.fulfillment_id ?? null, s.tracking_number ?? null, s.created_at ?? null,
      ]
    )
    return id
  }

  /** Shipments whose promise falls in the window, as lib delivery records (for stats and alerts). */
  async deliveryRecords(since: Date, until: Date): Promise<DeliveryRecord[]> {
    const r = await this.db_.raw(
      `select id, carrier_code, location_name, region, shipped_at, promised_at, delivered_at, mode
         from finesse_logistics_shipment
        where deleted_at is null and status <> 'canceled' and promised_at >= ? and promised_at < ?`,
      [since, until]
    )
    return r.rows.map((x: any) => ({
      id: x.id,
      carrier: x.mode === "own_fleet" ? "own fleet" : x.carrier_code,
      location: x.location_name,
      region: x.region,
      shipped_at: x.shipped_at ? new Date(x.shipped_at).getTime() : null,
      promised_at: x.promised_at ? new Date(x.promised_at).getTime() : null,
      delivered_at: x.delivered_at ? new Date(x.delivered_at).getTime() : null,
    }))
  }

  /** Open own-fleet shipments to deliver on a day in a region (the dispatch job's stops). */
  async shipmentsForDispatch(regionId: string, day: string) {
    const r = await this.db_.raw(
      `select id, order_id, lat, lng, units, dest_postcode, location_id, window_start_min, window_end_min from finesse_logistics_shipment
        where deleted_at is null and fleet_region_id = ? and delivery_day = ? and mode = 'own_fleet' and status in ('pending', 'shipped')
        order by created_at, id`,
      [regionId, day]
    )
    return r.rows as { id: string; order_id: string; lat: number | null; lng: number | null; units: number; dest_postcode: string | null; location_id: string; window_start_min: number | null; window_end_min: number | null }[]
  }

  /** Saves a plan as the current one of its (region, day), retiring the previous; returns the plan id. */
  async savePlan(plan: Record<string, any>, routes: Record<string, any>[]): Promise<string> {
    return this.db_.transaction(async (trx) => {
      const v = (await trx.raw(`select coalesce(max(version), 0) v from finesse_logistics_dispatch_plan where fleet_region_id = ? and day = ?`, [plan.fleet_region_id, plan.day])).rows[0].v
      await trx.raw(`update finesse_logistics_dispatch_plan set current = false, updated_at = now() where fleet_region_id = ? and day = ? and current`, [plan.fleet_region_id, plan.day])
      const id = generateEntityId(undefined, "fldp")
      await trx.raw(
        `insert into finesse_logistics_dispatch_plan (id, fleet_region_id, day, version, current, stops, vehicles_used, vehicles_available, distance_km, duration_min, feasible, unserved, problems, details, job_id, created_at, updated_at)
         values (?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, now(), now())`,
        [id, plan.fleet_region_id, plan.day, Number(v) + 1, plan.stops, plan.vehicles_used, plan.vehicles_available, plan.distance_km, plan.duration_min, plan.feasible, j(plan.unserved), j(plan.problems), j(plan.details), plan.job_id ?? null]
      )
      for (const r of routes) {
        await trx.raw(
          `insert into finesse_logistics_dispatch_route (id, plan_id, route_index, vehicle_id, vehicle_name, driver_id, driver_name, stops, distance_km, load, start_min, end_min, duration_min, created_at, updated_at)
           values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, now(), now())`,
          [generateEntityId(undefined, "flrt"), id, r.route_index, r.vehicle_id ?? null, r.vehicle_name, r.driver_id ?? null, r.driver_name ?? null, j(r.stops), r.distance_km, r.load, r.start_min, r.end_min, r.duration_min]
        )
      }
      return id
    })
  }

  /**
   * Merges a patch into the order's metadata in one statement (`||` on jsonb), so another plugin's subscriber
   * writing metadata at the same moment is not overwritten by a read-modify-write.
   */
  async mergeOrderMetadata(orderId: string, patch: Record<string, unknown>) {
    const r = await this.db_.raw(`select metadata from "order" where id = ?`, [orderId])
    await this.db_.raw(`update "order" set metadata = coalesce(metadata, '{}'::jsonb) || ?::jsonb where id = ?`, [j(patch), orderId])
    return (r.rows[0]?.metadata ?? null) as Record<string, unknown> | null
  }

  async restoreOrderMetadataKey(orderId: string, key: string, previous: unknown) {
    if (previous === undefined) await this.db_.raw(`update "order" set metadata = metadata - ? where id = ?`, [key, orderId])
    else await this.db_.raw(`update "order" set metadata = coalesce(metadata, '{}'::jsonb) || jsonb_build_object(?::text, ?::jsonb) where id = ?`, [key, j(previous), orderId])
  }
}

export function locationFromDb(r: any): LocationRow {
  return {
    id: r.id,
    stock_location_id: r.stock_location_id,
    name: r.name,
    country_code: r.country_code,
    postal_code: r.postal_code,
    city: r.city,
    lat: r.lat === null ? null : Number(r.lat),
    lng: r.lng === null ? null : Number(r.lng),
    geocode_source: r.geocode_source,
    markets: r.markets ?? [],
    daily_capacity: r.daily_capacity === null ? null : Number(r.daily_capacity),
    priority: Number(r.priority),
    active: !!r.active,
    carrier_cutoff_hour: Number(r.carrier_cutoff_hour),
  }
}
