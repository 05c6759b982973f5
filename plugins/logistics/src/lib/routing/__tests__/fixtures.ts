import type { RateRow } from "../../rates/rate-table"
import { parseRoutingConfig } from "../registry"
import type { RoutingConfig, RoutingInput, RoutingLocation, StrategyConfig } from "../types"

export const EU = ["de", "fr", "it", "es", "nl"]

/** The demo's four locations at their real coordinates. */
export const LOC: Record<"A" | "B" | "C" | "D", RoutingLocation> = {
  A: { id: "A", name: "Berlin Warehouse", country_code: "de", lat: 52.5873, lng: 13.2838, markets: EU, daily_capacity: 200, used_today: 0, priority: 0, active: true },
  B: { id: "B", name: "Paris Store", country_code: "fr", lat: 48.8576, lng: 2.3608, markets: EU, daily_capacity: 20, used_today: 0, priority: 1, active: true },
  C: { id: "C", name: "New Jersey Warehouse", country_code: "us", lat: 40.7895, lng: -74.0565, markets: ["us", "ca"], daily_capacity: 200, used_today: 0, priority: 2, active: true },
  D: { id: "D", name: "Toronto Store", country_code: "ca", lat: 43.648, lng: -79.399, markets: ["us", "ca"], daily_capacity: 20, used_today: 0, priority: 3, active: true },
}

export const PARIS = { country_code: "fr", postal_code: "75003", lat: 48.863, lng: 2.36 }

export function input(o: { lines: [string, number][]; stock: Record<string, Record<string, number>>; locations?: RoutingLocation[]; rates?: RateRow[]; destination?: RoutingInput["destination"] }): RoutingInput {
  return {
    order_id: "order_1",
    currency_code: "eur",
    lines: o.lines.map(([item, quantity]) => ({ line_id: `line_${item}`, inventory_item_id: item, quantity, unit_weight_g: 500, title: item })),
    destination: o.destination ?? PARIS,
    locations: o.locations ?? Object.values(LOC),
    stock: o.stock,
    rates: o.rates ?? [],
  }
}

export function config(strategies: StrategyConfig[], extra: Partial<RoutingConfig> = {}): RoutingConfig {
  const r = parseRoutingConfig({ strategies, ...extra })
  if (!r.config) throw new Error(JSON.stringify(r.issues))
  return r.config
}

export const rate = (o: Partial<RateRow>): RateRow => ({
  carrier_code: "dhl", service: "paket", origin_country: "de", dest_country: "fr", dest_postcode_prefix: null,
  max_weight_g: 5000, price: 890, currency_code: "eur", transit_days: 2, ...o,
})
