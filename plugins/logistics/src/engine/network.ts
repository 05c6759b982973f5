// Network analysis on the store's own orders: demand per delivery postcode (geocoded offline) over a window, the
// existing locations as sites, the gazetteer's cities of the demand's countries as candidates.
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { gazetteerCities, geocode } from "../lib/geo/geocode"
import { haversineKm } from "../lib/geo/haversine"
import { rankAdditions, whatIf, type DemandPoint, type NetworkOptions, type Scenario, type Site } from "../lib/network/what-if"
import { orderDestinations } from "../reads/medusa-orders"
import { logisticsOf } from "./container"

const DAY = 86_400_000

export async function loadDemand(container: MedusaContainer, days: number, now = Date.now()): Promise<{ points: DemandPoint[]; unplaced: number; orders: number }> {
  const rows = await orderDestinations(logisticsOf(container).db(), new Date(now - days * DAY))
  const by = new Map<string, DemandPoint>()
  let unplaced = 0
  let orders = 0
  for (const r of rows) {
    orders += r.orders
    const g = geocode(r, { minPrecision: "city" })
    if (!g) {
      unplaced += r.orders
      continue
    }
    const key = `${r.country_code}:${g.matched}`
    const p = by.get(key) ?? { key, label: `${r.city ?? g.matched} (${r.country_code.toUpperCase()}${g.precision === "postcode" ? ` ${g.matched}` : ""})`, lat: g.lat, lng: g.lng, weight: 0 }
    p.weight += r.orders
    by.set(key, p)
  }
  return { points: [...by.values()].sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key)), unplaced, orders }
}

/** Existing active locations with coordinates, then candidate cities (not within 10 km of an existing site). */
export async function loadSites(container: MedusaContainer, countries: readonly string[], opts: { days: number; capacities?: Record<string, number>; custom?: { label: string; lat: number; lng: number } }): Promise<Site[]> {
  const locs = (await logisticsOf(container).listFinesseLogisticsLocations({ active: true })) as any[]
  const existing: Site[] = locs
    .filter((l) => l.lat !== null && l.lng !== null)
    .map((l) => ({
      key: `loc:${l.stock_location_id}`,
      label: l.name,
      lat: Number(l.lat),
      lng: Number(l.lng),
      existing: true,
      capacity: opts.capacities?.[`loc:${l.stock_location_id}`] ?? (l.daily_capacity === null ? null : Number(l.daily_capacity) * opts.days),
    }))
  const candidates: Site[] = gazetteerCities(countries)
    .filter((c) => !existing.some((e) => haversineKm(e, c) < 10))
    .map((c) => ({ key: `city:${c.country_code}:${c.city}`, label: `${c.city.replace(/\b\w/g, (x) => x.toUpperCase())} (${c.country_code.toUpperCase()})`, lat: c.lat, lng: c.lng, existing: false, capacity: opts.capacities?.[`city:${c.country_code}:${c.city}`] ?? null }))
  if (opts.custom) candidates.push({ key: "custom", label: opts.custom.label, lat: opts.custom.lat, lng: opts.custom.lng, existing: false, capacity: opts.capacities?.custom ?? null })
  return [...existing, ...candidates]
}

export type ScenarioRequest = {
  kind: "add" | "move" | "optimise"
  site?: string
  from?: string
  to?: string
  p?: number
  keep_existing?: boolean
  capacitated?: boolean
  capacities?: Record<string, number>
  custom_site?: { label: string; lat: number; lng: number }
  days: number
  speed_kmh: number
  detour_factor: number
  next_day_km: number
}

export async function runScenario(container: MedusaContainer, b: ScenarioRequest, now = Date.now()) {
  const demand = await loadDemand(container, b.days, now)
  if (!demand.points.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `no orders with a placeable delivery address in the last ${b.days} days`)
  const countries = [...new Set(demand.points.map((p) => p.key.split(":")[0]))]
  const sites = await loadSites(container, countries, { days: b.days, capacities: b.capacities, custom: b.custom_site })
  const o: NetworkOptions = { road: { speedKmh: b.speed_kmh, detourFactor: b.detour_factor }, next_day_km: b.next_day_km, capacitated: !!b.capacitated }
  const site = b.custom_site && (b.kind === "add" ? !b.site : !b.to) ? "custom" : undefined
  const scenario: Scenario =
    b.kind === "add" ? { kind: "add", site: site ?? b.site! } : b.kind === "move" ? { kind: "move", from: b.from!, to: site ?? b.to! } : { kind: "optimise", p: b.p!, keep_existing: b.keep_existing }
  for (const k of b.kind === "add" ? [scenario.kind === "add" ? scenario.site : ""] : b.kind === "move" ? [b.from!, scenario.kind === "move" ? scenario.to : ""] : []) {
    if (!sites.some((s) => s.key === k)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: ${b.kind === "move" && k === b.from ? "from" : b.kind === "move" ? "to" : "site"}: unknown site ${k}`)
  }
  const result = whatIf(demand.points, sites, scenario, o)
  const label = new Map(sites.map((s) => [s.key, s.label]))
  return {
    ...result,
    demand: { orders: demand.orders, placed: demand.orders - demand.unplaced, unplaced: demand.unplaced, points: demand.points.length, days: b.days },
    labels: Object.fromEntries([...result.baseline.sites, ...result.scenario.sites].map((k) => [k, label.get(k) ?? k])),
    options: o,
  }
}

export async function candidateRanking(container: MedusaContainer, days: number, o: NetworkOptions, now = Date.now()) {
  const demand = await loadDemand(container, days, now)
  const countries = [...new Set(demand.points.map((p) => p.key.split(":")[0]))]
  const sites = await loadSites(container, countries, { days })
  return { demand, sites, ranking: demand.points.length ? rankAdditions(demand.points, sites, o) : [] }
}
