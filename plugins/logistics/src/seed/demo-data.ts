// The demo store's logistics set-up: location capacities and markets, fictional carriers with rate tables (EUR in
// Europe, USD in North America), and an own-fleet region from the Berlin warehouse. Carrier names are made up on
// purpose: the demo plants one of them as late, which must not read as a claim about a real company.
import type { RateRow } from "../lib/rates/rate-table"

export const EU = ["de", "fr", "it", "es", "nl"]
export const NA = ["us", "ca"]

/** by the demo location key (stock location metadata.demo_key) */
export const LOCATION_SETUP: Record<string, { capacity: number; priority: number; markets: string[]; cutoff: number }> = {
  loc_berlin_wh: { capacity: 140, priority: 0, markets: EU, cutoff: 14 },
  loc_secaucus_wh: { capacity: 140, priority: 1, markets: NA, cutoff: 20 },
  loc_paris_store: { capacity: 6, priority: 2, markets: EU, cutoff: 15 },
  loc_toronto_store: { capacity: 5, priority: 3, markets: NA, cutoff: 21 },
}

export type DemoCarrier = {
  code: string
  name: string
  /** late-delivery profile of the planted tracking times: share late and how late (hours) */
  late_share: number
  late_hours: [number, number]
}

export const CARRIERS: DemoCarrier[] = [
  { code: "europarcel", name: "EuroParcel", late_share: 0.05, late_hours: [2, 20] },
  { code: "rapido", name: "Rapido Express", late_share: 0.03, late_hours: [1, 8] },
  { code: "colis", name: "Colis Rapide", late_share: 0.06, late_hours: [4, 24] },
  // the planted late carrier: cheapest, promises like the others, a third of its parcels a day or more late
  { code: "budgetbox", name: "BudgetBox Freight", late_share: 0.4, late_hours: [12, 60] },
  { code: "liberty", name: "Liberty Ground", late_share: 0.06, late_hours: [4, 30] },
  { code: "maple", name: "Maple Courier", late_share: 0.05, late_hours: [3, 24] },
  { code: "coastal", name: "Coastal Express", late_share: 0.03, late_hours: [1, 10] },
]

const BRACKETS = [1000, 2000, 5000, 10000, 31500]
const STEP = [0, 90, 250, 520, 1100] // extra minor units per bracket

function rows(carrier: string, service: string, origins: string[], dests: string[], currency: string, price: (o: string, d: string) => number, days: (o: string, d: string) => number): RateRow[] {
  const out: RateRow[] = []
  for (const o of origins)
    for (const d of dests)
      BRACKETS.forEach((max, k) =>
        out.push({ carrier_code: carrier, service, origin_country: o, dest_country: d, dest_postcode_prefix: null, max_weight_g: max, price: price(o, d) + STEP[k], currency_code: currency, transit_days: days(o, d) })
      )
  return out
}

const dom = (o: string, d: string) => o === d

/** Every demo rate row. */
export function demoRates(): RateRow[] {
  return [
    ...rows("europarcel", "standard", ["de", "fr"], EU, "eur", (o, d) => (dom(o, d) ? 549 : 899), (o, d) => (dom(o, d) ? 2 : 3)),
    ...rows("rapido", "express", ["de", "fr"], EU, "eur", (o, d) => (dom(o, d) ? 1190 : 1690), (o, d) => (dom(o, d) ? 1 : 2)),
    ...rows("colis", "domicile", ["fr"], ["fr"], "eur", () => 489, () => 2),
    ...rows("budgetbox", "economy", ["de", "fr"], EU, "eur", (o, d) => (dom(o, d) ? 469 : 789), (o, d) => (dom(o, d) ? 2 : 3)),
    ...rows("liberty", "ground", ["us"], NA, "usd", (o, d) => (dom(o, d) ? 799 : 1499), (o, d) => (dom(o, d) ? 3 : 5)),
    ...rows("maple", "standard", ["ca"], NA, "usd", (o, d) => (dom(o, d) ? 749 : 1390), (o, d) => (dom(o, d) ? 2 : 4)),
    ...rows("coastal", "express", ["us", "ca"], NA, "usd", (o, d) => (dom(o, d) ? 1890 : 2490), (o, d) => (dom(o, d) ? 1 : 2)),
    ...rows("budgetbox", "economy", ["us", "ca"], NA, "usd", (o, d) => (dom(o, d) ? 699 : 1290), (o, d) => (dom(o, d) ? 3 : 5)),
    // across the Atlantic, priced in the customer's currency
    ...rows("coastal", "international", ["de", "fr"], NA, "usd", () => 3490, () => 5),
    ...rows("rapido", "international", ["us", "ca"], EU, "eur", () => 3190, () => 5),
  ]
}

/** The own-fleet region: vans from the Berlin warehouse to Berlin and Hamburg postcodes (German zones 1 and 2). */
export const FLEET_REGION = {
  name: "Berlin & Hamburg vans",
  countries: ["de"],
  postcode_prefixes: ["10", "12", "13", "14", "20", "21", "22"],
  radius_km: 320,
  currency_code: "eur",
  cost_per_km: 45,
  cost_per_stop: 180,
  cost_per_hour: 2600,
  // one speed for the whole matrix: Autobahn to Hamburg, slower in town
  speed_kmh: 65,
  detour_factor: 1.25,
  stops_per_route: 20,
  stops_per_day: 40,
  // Berlin 891 km² + Hamburg 755 km²
  area_km2: 1646,
  // 06:00–19:00 UTC = 07:00–20:00 in Berlin (winter)
  shift_start_min: 360,
  shift_end_min: 1140,
  service_min: 5,
  service_per_unit_min: 1,
  cutoff_hour: 16,
  delivery_days: 1,
  policy: "own_fleet",
  solver_seconds: 3,
  active: true,
}

export const VEHICLES = [
  { name: "Van B-1", capacity: 60 },
  { name: "Van B-2", capacity: 60 },
  { name: "Van HH-1", capacity: 80 },
]

export const DRIVERS = ["Kim Adler", "Alex Brandt", "Sam Claussen"]

/** Delivery windows customers pick (UTC minutes; Berlin is UTC+1): morning, afternoon, any time. */
export const WINDOWS: ([number, number] | null)[] = [
  [480, 720],
  [720, 1020],
  null,
]
