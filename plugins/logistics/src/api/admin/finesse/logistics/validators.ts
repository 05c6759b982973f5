import { z } from "@medusajs/framework/zod"
import { DIMENSIONS } from "../../../../lib/performance/delivery-stats"
import { MODE_POLICIES } from "../../../../lib/mode/fleet-region"

const page = (max = 100, dflt = 20) => ({
  limit: z.coerce.number().int().min(1).max(max).default(dflt),
  offset: z.coerce.number().int().min(0).default(0),
})
const country = z.string().regex(/^[a-zA-Z]{2}$/, "a 2-letter country code").transform((s) => s.toLowerCase())
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD")
const id = z.string().min(1).max(200)

export const PageQuery = z.object({ ...page() }).strict()
export type PageQueryType = z.infer<typeof PageQuery>

// ---- routing ----

/** Shape only; lib parseRoutingConfig checks codes and each strategy's arguments (400 names strategies[i].args.x). */
export const RoutingConfigBody = z
  .object({
    mode: z.enum(["ranked", "weighted"]),
    strategies: z
      .array(
        z
          .object({
            code: z.string().min(1).max(60),
            args: z.record(z.string(), z.unknown()).optional(),
            weight: z.number().min(0).max(100).optional(),
            tolerance: z.number().min(0).optional(),
          })
          .strict()
      )
      .min(1)
      .max(20),
    allow_split: z.boolean(),
    max_shipments: z.number().int().min(1).max(10),
    extra_shipments: z.number().int().min(0).max(3).default(0),
    max_combinations: z.number().int().min(1).max(10_000).default(10_000),
    max_iterations: z.number().int().min(1).max(1_000_000).default(1_000_000),
  })
  .strict()
export type RoutingConfigBodyType = z.infer<typeof RoutingConfigBody>

export const DecisionsQuery = z
  .object({
    ...page(),
    order_id: z.string().optional(),
    split: z.enum(["true", "false"]).optional(),
    status: z.enum(["routed", "partial", "unroutable", "override"]).optional(),
    source: z.enum(["placement", "override", "reroute", "manual", "demo"]).optional(),
    location_id: z.string().optional(),
  })
  .strict()
export type DecisionsQueryType = z.infer<typeof DecisionsQuery>

export const RouteOrderBody = z.object({ dry_run: z.boolean().default(false) }).strict()
export type RouteOrderBodyType = z.infer<typeof RouteOrderBody>

export const OverrideBody = z
  .object({
    shipments: z
      .array(
        z
          .object({
            location_id: id,
            lines: z.array(z.object({ line_item_id: id, quantity: z.number().int().positive() }).strict()).min(1).max(200),
          })
          .strict()
      )
      .min(1)
      .max(10),
    note: z.string().max(500).optional(),
  })
  .strict()
export type OverrideBodyType = z.infer<typeof OverrideBody>

// ---- locations ----

export const UpdateLocationBody = z
  .object({
    lat: z.number().min(-90).max(90).nullable().optional(),
    lng: z.number().min(-180).max(180).nullable().optional(),
    markets: z.array(country).max(60).optional(),
    daily_capacity: z.number().int().min(0).max(1_000_000).nullable().optional(),
    priority: z.number().int().min(0).max(10_000).optional(),
    active: z.boolean().optional(),
    carrier_cutoff_hour: z.number().int().min(0).max(23).optional(),
  })
  .strict()
export type UpdateLocationBodyType = z.infer<typeof UpdateLocationBody>

// ---- carriers and rates ----

export const CarrierBody = z
  .object({
    code: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, "lower-case letters, digits, - and _"),
    name: z.string().min(1).max(200),
    fulfillment_provider_id: z.string().max(200).nullable().optional(),
    tracking_url_template: z.string().max(500).nullable().optional(),
    active: z.boolean().optional(),
  })
  .strict()
export type CarrierBodyType = z.infer<typeof CarrierBody>
export const UpdateCarrierBody = CarrierBody.omit({ code: true }).partial().strict()
export type UpdateCarrierBodyType = z.infer<typeof UpdateCarrierBody>

export const RatesQuery = z.object({ ...page(200, 50), carrier_code: z.string().optional(), dest_country: z.string().optional() }).strict()
export type RatesQueryType = z.infer<typeof RatesQuery>

export const RateBody = z
  .object({
    carrier_code: z.string().min(1).max(40),
    service: z.string().min(1).max(60),
    origin_country: country.nullable().optional(),
    dest_country: country,
    dest_postcode_prefix: z.string().max(10).nullable().optional(),
    max_weight_g: z.number().int().positive().max(1_000_000),
    price: z.number().int().min(0),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/).transform((s) => s.toLowerCase()),
    transit_days: z.number().int().min(0).max(60),
  })
  .strict()
export type RateBodyType = z.infer<typeof RateBody>

export const ImportRatesBody = z
  .object({
    csv: z.string().min(1).max(2_000_000),
    /** replace every rate of the carriers in the file (default) or add to them */
    replace: z.boolean().default(true),
  })
  .strict()
export type ImportRatesBodyType = z.infer<typeof ImportRatesBody>

export const ModesQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(30) }).strict()

// ---- fleet ----

const minutes = z.number().int().min(0).max(1440)
export const FleetRegionBody = z
  .object({
    name: z.string().min(1).max(200),
    depot_location_id: id,
    countries: z.array(country).min(1).max(60),
    postcode_prefixes: z.array(z.string().min(1).max(10)).max(500).default([]),
    radius_km: z.number().positive().max(2000).nullable().default(null),
    currency_code: z.string().regex(/^[a-zA-Z]{3}$/).transform((s) => s.toLowerCase()),
    cost_per_km: z.number().int().min(0),
    cost_per_stop: z.number().int().min(0),
    cost_per_hour: z.number().int().min(0),
    speed_kmh: z.number().positive().max(200),
    detour_factor: z.number().min(1).max(3).default(1.3),
    stops_per_route: z.number().int().min(1).max(500).default(25),
    stops_per_day: z.number().int().min(1).max(100_000).default(50),
    area_km2: z.number().positive().nullable().default(null),
    shift_start_min: minutes,
    shift_end_min: minutes,
    service_min: z.number().min(0).max(240).default(4),
    service_per_unit_min: z.number().min(0).max(60).default(0.5),
    cutoff_hour: z.number().int().min(0).max(23).default(14),
    delivery_days: z.number().int().min(0).max(14).default(1),
    policy: z.enum(MODE_POLICIES).default("hybrid_cheapest"),
    solver_seconds: z.number().min(0.5).max(120).default(5),
    active: z.boolean().default(true),
  })
  .strict()
  .refine((b) => b.shift_end_min > b.shift_start_min, { path: ["shift_end_min"], message: "must be after shift_start_min" })
export type FleetRegionBodyType = z.infer<typeof FleetRegionBody>
export const UpdateFleetRegionBody = z
  .object({
    name: z.string().min(1).max(200),
    countries: z.array(country).min(1).max(60),
    postcode_prefixes: z.array(z.string().min(1).max(10)).max(500),
    radius_km: z.number().positive().max(2000).nullable(),
    cost_per_km: z.number().int().min(0),
    cost_per_stop: z.number().int().min(0),
    cost_per_hour: z.number().int().min(0),
    speed_kmh: z.number().positive().max(200),
    detour_factor: z.number().min(1).max(3),
    stops_per_route: z.number().int().min(1).max(500),
    stops_per_day: z.number().int().min(1).max(100_000),
    area_km2: z.number().positive().nullable(),
    shift_start_min: minutes,
    shift_end_min: minutes,
    service_min: z.number().min(0).max(240),
    service_per_unit_min: z.number().min(0).max(60),
    cutoff_hour: z.number().int().min(0).max(23),
    delivery_days: z.number().int().min(0).max(14),
    policy: z.enum(MODE_POLICIES),
    solver_seconds: z.number().min(0.5).max(120),
    active: z.boolean(),
  })
  .partial()
  .strict()
export type UpdateFleetRegionBodyType = z.infer<typeof UpdateFleetRegionBody>

export const VehicleBody = z.object({ name: z.string().min(1).max(100), capacity: z.number().int().positive().max(100_000), active: z.boolean().default(true) }).strict()
export type VehicleBodyType = z.infer<typeof VehicleBody>
export const DriverBody = z.object({ name: z.string().min(1).max(100), vehicle_id: z.string().nullable().default(null), active: z.boolean().default(true) }).strict()
export type DriverBodyType = z.infer<typeof DriverBody>

// ---- dispatch ----

export const DispatchBody = z.object({ fleet_region_id: id, day, seconds: z.number().min(0.5).max(120).optional() }).strict()
export type DispatchBodyType = z.infer<typeof DispatchBody>
export const PlansQuery = z.object({ ...page(), fleet_region_id: z.string().optional(), day: day.optional() }).strict()
export type PlansQueryType = z.infer<typeof PlansQuery>
export const SheetQuery = z.object({ format: z.enum(["csv", "json"]).default("json") }).strict()

// ---- network ----

export const DemandQuery = z.object({ days: z.coerce.number().int().min(7).max(730).default(90) }).strict()
export const ScenarioBody = z
  .object({
    name: z.string().min(1).max(200),
    kind: z.enum(["add", "move", "optimise"]),
    /** add: the candidate site key; move: `to` */
    site: z.string().min(1).optional(),
    from: z.string().min(1).optional(),
    to: z.string().min(1).optional(),
    p: z.number().int().min(1).max(20).optional(),
    keep_existing: z.boolean().default(false),
    capacitated: z.boolean().default(false),
    /** capacity in orders per demand window, by site key */
    capacities: z.record(z.string(), z.number().int().positive()).default({}),
    /** a site of your own not in the gazetteer */
    custom_site: z.object({ label: z.string().min(1).max(100), lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).strict().optional(),
    days: z.number().int().min(7).max(730).default(90),
    speed_kmh: z.number().positive().max(200).default(70),
    detour_factor: z.number().min(1).max(3).default(1.25),
    next_day_km: z.number().positive().max(5000).default(500),
  })
  .strict()
  .refine((b) => b.kind !== "add" || !!b.site || !!b.custom_site, { path: ["site"], message: "an added site is required" })
  .refine((b) => b.kind !== "move" || (!!b.from && (!!b.to || !!b.custom_site)), { path: ["from"], message: "a move needs from and to" })
  .refine((b) => b.kind !== "optimise" || !!b.p, { path: ["p"], message: "optimise needs p (how many sites)" })
export type ScenarioBodyType = z.infer<typeof ScenarioBody>

// ---- performance ----

export const PerformanceQuery = z.object({ days: z.coerce.number().int().min(1).max(365).default(28), dimension: z.enum(DIMENSIONS).default("carrier") }).strict()
export type PerformanceQueryType = z.infer<typeof PerformanceQuery>
export const AlertsQuery = z.object({ ...page(), status: z.enum(["open", "resolved"]).optional() }).strict()
export type AlertsQueryType = z.infer<typeof AlertsQuery>
export const AlertSettingsBody = z
  .object({
    rules: z.array(z.object({ code: z.string().min(1), args: z.record(z.string(), z.unknown()).default({}) }).strict()).max(30),
    channel: z.string().min(1).max(40).default("feed"),
    to: z.string().min(1).max(200).default("logistics"),
  })
  .strict()
export type AlertSettingsBodyType = z.infer<typeof AlertSettingsBody>
export const TrackingBody = z
  .object({
    events: z
      .array(
        z
          .object({
            shipment_id: z.string().optional(),
            order_id: z.string().optional(),
            location_id: z.string().optional(),
            tracking_number: z.string().optional(),
            type: z.enum(["shipped", "delivered"]),
            at: z.coerce.date(),
          })
          .strict()
          .refine((e) => !!(e.shipment_id || e.tracking_number || e.order_id), { message: "needs shipment_id, tracking_number or order_id" })
      )
      .min(1)
      .max(5000),
  })
  .strict()
export type TrackingBodyType = z.infer<typeof TrackingBody>
export const ShipmentsQuery = z
  .object({ ...page(), order_id: z.string().optional(), status: z.enum(["pending", "shipped", "delivered", "canceled"]).optional(), carrier_code: z.string().optional(), mode: z.enum(["own_fleet", "carrier", "none"]).optional() })
  .strict()
export type ShipmentsQueryType = z.infer<typeof ShipmentsQuery>
