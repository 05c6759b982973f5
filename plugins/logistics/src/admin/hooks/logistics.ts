import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { cleanQuery, sdk, type Job } from "@finesse/core/admin-kit"

const L = "/admin/finesse/logistics"
const get = <T,>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(`${L}${path}`, { query: query ? cleanQuery(query) : undefined })
const post = <T,>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(`${L}${path}`, { method: "POST", body })
const del = <T,>(path: string) => sdk.client.fetch<T>(`${L}${path}`, { method: "DELETE" })

export type StrategyConfig = { code: string; args?: Record<string, unknown>; weight?: number; tolerance?: number }
export type RoutingConfig = { mode: "ranked" | "weighted"; strategies: StrategyConfig[]; allow_split: boolean; max_shipments: number; extra_shipments: number; max_combinations: number; max_iterations: number }
export type StrategyMeta = { code: string; title: string; description: string; args_json_schema: { properties?: Record<string, { type?: string; enum?: string[]; default?: unknown; description?: string }> } }
export type Meta = { strategies: StrategyMeta[]; default_routing: RoutingConfig; alert_rules: (StrategyMeta & {})[]; mode_policies: string[]; dimensions: string[] }

export type ShipmentLine = { line_id: string; inventory_item_id: string; quantity: number }
export type DecidedShipment = { location_id: string; location_name: string; lines: ShipmentLine[]; units: number; weight_g: number; distance_km: number | null; quote: { carrier_code: string; service: string; price: number; currency_code: string; transit_days: number } | null }
export type Reason = { code: string; title: string; score: number; message: string; kept?: number; of?: number; weight?: number }
export type Decision = {
  id: string
  order_id: string
  display_id: number | null
  version: number
  current: boolean
  status: string
  source: string
  summary: string
  split: boolean
  shipment_count: number
  split_lines: number
  decided_by: string | null
  shipments: DecidedShipment[]
  unallocated: ShipmentLine[]
  reasons: Reason[]
  alternatives: { locations: string[]; scores: Record<string, number>; eliminated_by: string | null }[]
  warnings: string[]
  destination: { country_code: string; postal_code: string | null; lat: number | null; lng: number | null; precision: string | null }
  timing: { load_ms?: number; decide_ms?: number; reserve_ms?: number } | null
  reservations_moved: number
  actor_id: string | null
  note: string | null
  created_at: string
}
export type Shipment = {
  id: string
  order_id: string
  location_id: string
  location_name: string
  lines: ShipmentLine[]
  units: number
  mode: "own_fleet" | "carrier" | "none"
  mode_reason: string | null
  mode_options: { mode: string; cost: number; currency_code: string; promised_at: number; carrier_code?: string; service?: string; region_name?: string }[] | null
  carrier_code: string | null
  service: string | null
  fleet_region_id: string | null
  delivery_day: string | null
  region: string
  cost: number | null
  currency_code: string
  promised_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  status: string
}
export type OrderRouting = {
  order_id: string
  display_id: number | null
  decision: Decision | null
  shipments: Shipment[]
  history: { id: string; version: number; current: boolean; status: string; source: string; summary: string; actor_id: string | null; note: string | null; created_at: string }[]
  lines: { line_item_id: string; title: string; quantity: number; stock: Record<string, number> }[]
  locations: { id: string; name: string; active: boolean; daily_capacity: number | null; used_today: number }[]
  destination: Decision["destination"]
}
export type Location = {
  id: string
  stock_location_id: string
  name: string
  country_code: string | null
  postal_code: string | null
  city: string | null
  lat: number | null
  lng: number | null
  geocode_source: string | null
  markets: string[]
  daily_capacity: number | null
  priority: number
  active: boolean
  carrier_cutoff_hour: number
  used_today: number
  use_history: { day: string; shipments: number }[]
  stock: { stocked: number; reserved: number; items: number }
}
export type Carrier = { id: string; code: string; name: string; fulfillment_provider_id: string | null; active: boolean; rates: number }
export type Rate = { id: string; carrier_code: string; service: string; origin_country: string | null; dest_country: string; dest_postcode_prefix: string | null; max_weight_g: number; price: number; currency_code: string; transit_days: number }
export type ModeSummary = { region: string; currency_code: string | null; shipments: number; own_fleet: number; carrier: number; compared: number; own_cost: number; carrier_cost: number; chosen_cost: number; mean_own_days: number | null; mean_carrier_days: number | null }
export type FleetRegion = {
  id: string
  name: string
  depot_location_id: string
  countries: string[]
  postcode_prefixes: string[]
  radius_km: number | null
  currency_code: string
  cost_per_km: number
  cost_per_stop: number
  cost_per_hour: number
  speed_kmh: number
  shift_start_min: number
  shift_end_min: number
  policy: string
  solver_seconds: number
  active: boolean
  vehicles: { id: string; name: string; capacity: number; active: boolean }[]
  drivers: { id: string; name: string; vehicle_id: string | null; active: boolean }[]
}
export type PlannedStop = { sequence: number; stop_id: string; order_id: string; display_id: number | null; lat: number; lng: number; units: number; arrival_min: number; start_min: number; departure_min: number; window: [number, number] }
export type DispatchRoute = { id: string; route_index: number; vehicle_name: string; driver_name: string | null; stops: PlannedStop[]; distance_km: number; load: number; start_min: number; end_min: number; duration_min: number }
export type DispatchPlan = {
  id: string
  fleet_region_id: string
  region_name?: string | null
  day: string
  version: number
  stops: number
  vehicles_used: number
  vehicles_available: number
  distance_km: number
  duration_min: number
  feasible: boolean
  unserved: { stop_id: string; reason: string }[]
  problems: string[]
  details: { depot?: { name: string; lat: number; lng: number }; capacity?: number; seconds?: number; solver?: Record<string, number> }
  job_id: string | null
  created_at: string
  routes?: DispatchRoute[]
}
export type RouteSheet = { plan_id: string; day: string; route_id: string; vehicle_name: string; driver_name: string | null; distance_km: number; start_min: number; end_min: number; depot: { name: string } | null; stops: (PlannedStop & { order_label: string; address: { name: string; address: string; postal_code: string; city: string; phone: string } | null })[] }
export type DemandPoint = { key: string; label: string; lat: number; lng: number; weight: number }
export type Site = { key: string; label: string; lat: number; lng: number; existing: boolean; capacity: number | null }
export type NetworkMetrics = { sites: string[]; demand: number; weighted_km: number; mean_km: number; mean_hours: number; within_next_day: number; unserved: number; per_site: { key: string; label: string; demand: number; share: number; mean_km: number }[] }
export type WhatIfResult = { baseline: NetworkMetrics; scenario: NetworkMetrics; saved_km: number; saved_km_per_order: number; saved_hours_per_order: number; saved_hours: number; saved_pct: number; moved_demand: number; method: string; demand: { orders: number; placed: number; unplaced: number; points: number; days: number }; labels: Record<string, string> }
export type Scenario = { id: string; name: string; kind: string; input: Record<string, unknown>; result: WhatIfResult; created_at: string }
export type StatsRow = { key: string; shipments: number; delivered: number; on_time: number; late: number; late_rate: number; late_rate_low: number; late_rate_high: number; mean_delay_hours: number | null; p90_delay_hours: number | null; overdue_open: number; mean_transit_hours: number | null }
export type Alert = { id: string; key: string; rule: string; dimension: string | null; group: string | null; value: number; threshold: number; severity: string; message: string; status: string; first_at: string; last_at: string; notified_at: string | null }
export type Performance = { days: number; dimension: string; totals: { shipments: number; delivered: number; late: number; late_rate: number }; rows: StatsRow[]; weekly: { week: string; key: string; delivered: number; late: number; late_rate: number }[]; alerts: Alert[] }
type Paged<K extends string, T> = { [k in K]: T[] } & { count: number; offset: number; limit: number }

export const useMeta = () => useQuery({ queryKey: ["logistics", "meta"], queryFn: () => get<Meta>("/meta"), staleTime: 300_000 })
export const useRoutingConfig = () => useQuery({ queryKey: ["logistics", "routing-config"], queryFn: () => get<{ routing: RoutingConfig }>("/routing/config") })
export const useDecisions = (q: Record<string, unknown>) => useQuery({ queryKey: ["logistics", "decisions", q], queryFn: () => get<Paged<"decisions", Decision>>("/decisions", q), placeholderData: keepPreviousData })
export const useOrderRouting = (id: string) => useQuery({ queryKey: ["logistics", "order", id], queryFn: () => get<{ routing: OrderRouting }>(`/orders/${id}`) })
export const useLocations = (q: Record<string, unknown>) => useQuery({ queryKey: ["logistics", "locations", q], queryFn: () => get<Paged<"locations", Location> & { day: string }>("/locations", q), placeholderData: keepPreviousData })
export const useCarriers = () => useQuery({ queryKey: ["logistics", "carriers"], queryFn: () => get<Paged<"carriers", Carrier>>("/carriers", { limit: 100 }) })
export const useRates = (q: Record<string, unknown>) => useQuery({ queryKey: ["logistics", "rates", q], queryFn: () => get<Paged<"rates", Rate>>("/rates", q), placeholderData: keepPreviousData })
export const useModes = (days: number) => useQuery({ queryKey: ["logistics", "modes", days], queryFn: () => get<{ days: number; regions: ModeSummary[] }>("/modes", { days }) })
export const useFleetRegions = () => useQuery({ queryKey: ["logistics", "fleet-regions"], queryFn: () => get<Paged<"fleet_regions", FleetRegion>>("/fleet-regions", { limit: 50 }) })
export const usePlans = (q: Record<string, unknown>) => useQuery({ queryKey: ["logistics", "plans", q], queryFn: () => get<Paged<"dispatch_plans", DispatchPlan>>("/dispatch-plans", q), placeholderData: keepPreviousData })
export const usePlan = (id: string | null | undefined) => useQuery({ queryKey: ["logistics", "plan", id], queryFn: () => get<{ dispatch_plan: DispatchPlan }>(`/dispatch-plans/${id}`), enabled: !!id })
export const useRouteSheet = (planId: string, routeId: string | null | undefined) =>
  useQuery({ queryKey: ["logistics", "sheet", planId, routeId], queryFn: () => get<{ sheet: RouteSheet }>(`/dispatch-plans/${planId}/routes/${routeId}/sheet`, { format: "json" }), enabled: !!routeId })
export const useDemand = (days: number) => useQuery({ queryKey: ["logistics", "demand", days], queryFn: () => get<{ days: number; demand: DemandPoint[]; orders: number; unplaced: number; sites: Site[]; ranking: { site: string; label: string; saved_km: number; saved_pct: number; saved_km_per_order: number; saved_hours_per_order: number; within_next_day: number }[] }>("/network/demand", { days }) })
export const useScenarios = (q: Record<string, unknown>) => useQuery({ queryKey: ["logistics", "scenarios", q], queryFn: () => get<Paged<"scenarios", Scenario>>("/network/scenarios", q), placeholderData: keepPreviousData })
export const usePerformance = (days: number, dimension: string) => useQuery({ queryKey: ["logistics", "performance", days, dimension], queryFn: () => get<Performance>("/performance", { days, dimension }) })
export const useAlertSettings = () => useQuery({ queryKey: ["logistics", "alert-settings"], queryFn: () => get<{ alert_settings: { rules: { code: string; args: Record<string, unknown> }[]; channel: string; to: string } }>("/alerts/settings") })

function useInvalidating<V, R>(fn: (v: V) => Promise<R>, keys: string[][]) {
  const qc = useQueryClient()
  return useMutation({ mutationFn: fn, onSuccess: () => keys.forEach((k) => qc.invalidateQueries({ queryKey: k })) })
}

export const useSaveRoutingConfig = () => useInvalidating((c: Partial<RoutingConfig>) => post<{ routing: RoutingConfig }>("/routing/config", c), [["logistics", "routing-config"]])
export const useOverride = (orderId: string) => useInvalidating((b: { shipments: { location_id: string; lines: { line_item_id: string; quantity: number }[] }[]; note?: string }) => post(`/orders/${orderId}/override`, b), [["logistics", "order", orderId], ["logistics", "decisions"]])
export const useReroute = (orderId: string) => useInvalidating(() => post(`/orders/${orderId}/route`, { dry_run: false }), [["logistics", "order", orderId], ["logistics", "decisions"]])
export const useUpdateLocation = () => useInvalidating(({ id, ...b }: { id: string } & Record<string, unknown>) => post(`/locations/${id}`, b), [["logistics", "locations"]])
export const useImportRates = () => useInvalidating((b: { csv: string; replace: boolean }) => post<{ imported: number; replaced: number; errors: { line: number; message: string }[]; carriers_created: string[] }>("/rates/import", b), [["logistics", "rates"], ["logistics", "carriers"]])
export const useDeleteRate = () => useInvalidating((id: string) => del(`/rates/${id}`), [["logistics", "rates"], ["logistics", "carriers"]])
export const startDispatch = (b: { fleet_region_id: string; day: string }) => post<{ job: Job }>("/dispatch", b)
export const useRunScenario = () => useInvalidating((b: Record<string, unknown>) => post<{ scenario: Scenario }>("/network/scenarios", b), [["logistics", "scenarios"]])
export const useEvaluateAlerts = () => useInvalidating(() => post<{ run: { raised: number; resolved: number; notified: number; updated: number } }>("/performance/evaluate", {}), [["logistics", "performance"]])
export const useResolveAlert = () => useInvalidating((id: string) => post(`/alerts/${id}/resolve`, {}), [["logistics", "performance"]])
export const useSaveAlertSettings = () => useInvalidating((b: { rules: { code: string; args: Record<string, unknown> }[]; channel: string; to: string }) => post("/alerts/settings", b), [["logistics", "alert-settings"]])

/** Where a route sheet's CSV downloads from (the admin session cookie authorises the link). */
export const routeSheetCsvUrl = (planId: string, routeId: string) => `${L}/dispatch-plans/${planId}/routes/${routeId}/sheet?format=csv`

/** Minutes after midnight UTC as HH:MM. */
export const clock = (min: number) => {
  const m = Math.round(min)
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`
}
