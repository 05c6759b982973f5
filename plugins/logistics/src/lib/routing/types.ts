// Inputs and outputs of the order-routing decision: which stock locations ship which units of an order.
import type { z } from "@medusajs/framework/zod"
import type { LatLng } from "../geo/haversine"
import type { Quote, RateRow } from "../rates/rate-table"

/** One order line in inventory units (Medusa: line quantity × the variant's required quantity of the item). */
export type RoutingLine = {
  line_id: string
  inventory_item_id: string
  quantity: number
  /** weight of one unit in grams (0 when unknown; the caller may use a default) */
  unit_weight_g: number
  title?: string
}

export type RoutingLocation = {
  id: string
  name: string
  country_code: string
  lat: number | null
  lng: number | null
  /** countries this location counts as "the same market" for (usually its own and its region's) */
  markets: string[]
  /** shipments it can pack per day; null = no limit */
  daily_capacity: number | null
  /** shipments already routed to it today */
  used_today: number
  /** manual rank, lower first (Shopify's "ranked locations") */
  priority: number
  active: boolean
}

export type RoutingDestination = {
  country_code: string
  postal_code: string | null
  lat: number | null
  lng: number | null
}

/** inventory item id → location id → units available to this order (stocked − reserved by others) */
export type StockTable = Record<string, Record<string, number>>

export type RoutingInput = {
  order_id: string
  currency_code: string
  lines: RoutingLine[]
  destination: RoutingDestination
  locations: RoutingLocation[]
  stock: StockTable
  rates: readonly RateRow[]
}

export type ShipmentLine = { line_id: string; inventory_item_id: string; quantity: number }

export type CandidateShipment = {
  location_id: string
  lines: ShipmentLine[]
  units: number
  weight_g: number
}

/** One way to ship the order: a shipment per location; `unallocated` only when no set of locations has everything. */
export type Candidate = {
  shipments: CandidateShipment[]
  /** order lines whose units come from more than one location (per-unit splitting) */
  split_lines: number
  unallocated: ShipmentLine[]
}

export type StrategyOutcome = {
  /** lower is better */
  score: number
  /** false: a hard rule excludes this candidate (e.g. a location over its daily capacity) */
  feasible: boolean
  message: string
}

/** Memoised facts a strategy needs about a location for this order. */
export type StrategyContext = {
  input: RoutingInput
  location(id: string): RoutingLocation
  /** straight-line km from the location to the destination; null when either has no coordinates */
  distanceKm(locationId: string): number | null
  /** the cheapest carrier quote in the order currency for a parcel of this weight from the location */
  quote(locationId: string, weightG: number): Quote | null
  formatMoney(minor: number): string
}

export type RoutingStrategy<A = any> = {
  /** stable; never renamed */
  code: string
  title: string
  description: string
  argsSchema: z.ZodType<A>
  evaluate(args: A, candidate: Candidate, ctx: StrategyContext): StrategyOutcome
}

export type StrategyConfig = {
  code: string
  args?: Record<string, unknown>
  /** weighted mode: the strategy's weight (default 1) */
  weight?: number
  /** ranked mode: scores within this much of the best count as a tie, passed on to the next strategy */
  tolerance?: number
}

export type RoutingConfig = {
  /** ranked: each strategy in turn keeps the best candidates (Shopify's rule order); weighted: normalised sum */
  mode: "ranked" | "weighted"
  strategies: StrategyConfig[]
  /** false: prefer one location; an order no single location can fill is still split (with a warning) */
  allow_split: boolean
  /** at most this many shipments per order */
  max_shipments: number
  /** also consider up to this many shipments more than the fewest possible (0: only the fewest) */
  extra_shipments: number
  /** bounds of the fewest-splits search (Salesforce OM: 10,000 combinations, 1,000,000 iterations) */
  max_combinations: number
  max_iterations: number
}

export type StrategyReason = {
  code: string
  title: string
  score: number
  message: string
  /** ranked mode: candidates left after this strategy, of those it saw */
  kept?: number
  of?: number
  weight?: number
}

export type DecidedShipment = CandidateShipment & {
  location_name: string
  distance_km: number | null
  quote: Quote | null
}

export type RoutingDecision = {
  order_id: string
  status: "routed" | "partial" | "unroutable"
  shipments: DecidedShipment[]
  unallocated: ShipmentLine[]
  split: boolean
  split_lines: number
  reasons: StrategyReason[]
  /** the strategy that settled the choice (ranked mode), or "weighted", or null when there was one candidate */
  decided_by: string | null
  summary: string
  alternatives: { locations: string[]; scores: Record<string, number>; eliminated_by: string | null }[]
  warnings: string[]
  search: { candidates: number; combinations: number; iterations: number; capped: boolean; fewest_shipments: number | null }
}

export type Destination = LatLng
